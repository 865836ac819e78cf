package org.govreportkg.extract.gazetteer;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells which place names are also ordinary words of running text (和平 "peace", 光明 "bright",
 * 发展), so that finding them in a report does not by itself mean a place is named.
 */
final class CommonWords {

    /**
     * Names that are generic words for parts of any city (城区 "urban area", 新区 "new area") or
     * directions, whatever the dictionary says; some are the official names of districts.
     */
    static final Set<String> GENERIC = Set.of(
            "城区", "郊区", "矿区", "新区", "市区", "县城", "东区", "西区", "南区", "北区", "中区",
            "开发区", "高新区", "保税区", "工业区", "工业园", "工业园区", "经济开发区", "新城", "老城",
            "城关", "市中", "城中", "城东", "城西", "城南", "城北", "市辖区", "林区", "特区", "牧区", "山区", "库区", "湖区", "江区", "港区", "园区");

    // HanLP's general-domain dictionary counts how often each word was seen with each part of
    // speech; a word mostly seen as something other than a place name is a common word.
    private static final int MIN_NON_PLACE_FREQUENCY = 10;

    private CommonWords() {
    }

    /** The longest ordinary word looked for across a name's edges. */
    private static final int MAX_WORD = 4;

    static boolean isCommonWord(String name) {
        if (GENERIC.contains(name)) {
            return true;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(name);
        if (attribute == null) {
            return false;
        }
        int place = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (attribute.nature[i] == Nature.ns || attribute.nature[i] == Nature.nsf) {
                place += attribute.frequency[i];
            }
        }
        int other = attribute.totalFrequency - place;
        return other >= MIN_NON_PLACE_FREQUENCY && place < other;
    }

    /** What follows a place that names a body of it (甲旗人民政府, 甲县第十届…). */
    private static final java.util.regex.Pattern BODY_AFTER =
            java.util.regex.Pattern.compile("人民政府|人民代表大会|第[一二三四五六七八九十]+届");

    /**
     * True when an ordinary word of the text overlaps the edge of {@code text[begin, end)}, so
     * the span is not read as a name: 政府 across 和政|府, 道路 across 道|路南. For a short form
     * ({@code strict}), also a longer word that begins or ends with it: 城中村, 中山大学.
     * Words that name a county or larger division (广东省 around 广东) do not count; town names
     * do, since many towns are named by ordinary words (中村).
     */
    static boolean crossesWord(String text, int begin, int end, boolean strict, Predicate<String> isDivisionName) {
        int from = Math.max(0, begin - MAX_WORD + 1);
        int to = Math.min(text.length(), end + MAX_WORD - 1);
        // 甲右前旗|人民政府: a word across the end (旗人) does not count before the body the place names
        boolean bodyAfter = BODY_AFTER.matcher(text).region(end, text.length()).lookingAt();
        for (int s = from; s < end; s++) {
            for (int t = Math.max(s + 2, begin + 1); t <= Math.min(to, s + MAX_WORD); t++) {
                boolean crossesBegin = s < begin && t > begin && t < end;
                boolean crossesEnd = s > begin && s < end && t > end && !bodyAfter;
                boolean extends_ = strict && (s == begin && t > end || s < begin && t == end);
                if ((crossesBegin || crossesEnd || extends_) && isWord(text.substring(s, t), isDivisionName)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWord(String word, Predicate<String> isDivisionName) {
        return CoreDictionary.contains(word) && !isDivisionName.test(word);
    }
}
