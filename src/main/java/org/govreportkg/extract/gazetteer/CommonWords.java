package org.govreportkg.extract.gazetteer;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

import java.util.Set;

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
            "城关", "市中", "市辖区", "林区", "特区", "牧区", "山区", "库区", "湖区", "江区", "港区", "园区");

    // HanLP's general-domain dictionary counts how often each word was seen with each part of
    // speech; a word mostly seen as something other than a place name is a common word.
    private static final int MIN_NON_PLACE_FREQUENCY = 10;

    private CommonWords() {
    }

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
}
