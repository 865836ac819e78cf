package org.govreportkg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govreportkg.extract.gazetteer.Division;

/**
 * Takes HanLP's place tags ({@code ns}, {@code nsf}) as place candidates, except in fixed phrases where
 * a country name is a modifier (中国特色, 中国梦), single characters, fragments the gazetteer does not
 * know that end in an administrative character (强区, 三区), and two-character tags that are no
 * plausible division of the report's region (see {@link PlaceDirectory#plausible}).
 */
final class PlaceTagRecogniser {
    private static final List<String> MODIFIER_FOLLOWERS = List.of("特色", "梦", "式", "制造", "方案", "智慧", "故事");

    private static final String FUNCTION_CHARS = "和与及向于在对的将为由把被是有从到以帮";
    private static final String ADMIN_ENDS = "区市省县街镇";
    /** Verbs of movement and stay HanLP glues to the place after them (来甲阳, 居乙州, 运丙岛). */
    /** 全州, 占全市: "the whole" of a level, a share's denominator, perhaps with the verb HanLP glued to it. */
    private static final java.util.regex.Pattern WHOLE_OF_LEVEL = java.util.regex.Pattern.compile("[占居列位]?全[省市区县州旗盟]");
    private static final String GLUED_VERBS = "来居运赴回入出返驻游访留离去往经落";

    /** Regions named by a compass point (东北, 华南), which are also directions. */
    private static final String COMPASS_REGIONS = "东北 华北 华东 华南 华中 西南 西北";
    private static final String NEW_CHINA = "新中国";

    private final PlaceDirectory places;

    PlaceTagRecogniser(PlaceDirectory places) {
        this.places = places;
    }

    /** Whether the tag's last character and the lone character after it make a word (河源|头: 源头). */
    private static boolean splitsAWordAfterIt(Token t, List<Token> tokens) {
        int i = tokens.indexOf(t);
        if (i < 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.start() == t.end() && next.word().length() == 1 && Character.isIdeographic(next.word().charAt(0))
                && com.hankcs.hanlp.dictionary.CoreDictionary.contains(t.word().charAt(1) + next.word());
    }

    /**
     * Whether a compass region's name is no region where it stands: a region stands alone between a verb, preposition
     * or punctuation and a verb, adverb or punctuation (推动东北全面振兴, 关于东北、辽宁); elsewhere it is a direction
     * (城区西北部) or part of a name (甲乙西北运营中心, 西南甲乙大学).
     */
    static boolean compassPointInAPhrase(Token t, List<Token> tokens) {
        if (t.word().length() != 2 || !COMPASS_REGIONS.contains(t.word())) {
            return false;
        }
        int i = tokens.indexOf(t);
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean openFront = before == null || before.tag().startsWith("w") || before.tag().startsWith("v") && !before.tag().equals("vn")
                || before.tag().startsWith("p") || before.tag().startsWith("c");
        boolean openBack = after == null || after.tag().startsWith("w") || after.tag().startsWith("v") || after.tag().startsWith("d")
                || after.tag().startsWith("ad");
        return !(openFront && openBack);
    }

    /**
     * A lake, river or sea whose two-character name HanLP's dictionary holds as a place first of all (甲海/ns, 乙江/ns),
     * unlike words it holds as common nouns (运河, 山河) or names it guessed on the fly (花海).
     */
    static boolean lexicalisedWaterBody(String w) {
        if (w.length() != 2 || "湖江河海".indexOf(w.charAt(1)) < 0) {
            return false;
        }
        CoreDictionary.Attribute entry = CoreDictionary.get(w);
        return entry != null && entry.nature.length > 0 && entry.nature[0].toString().equals("ns");
    }

    List<Candidate> recognise(String text, List<Token> tokens, Optional<Division> context) {
        List<Candidate> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.word().length() < 2 || compassPointInAPhrase(t, tokens)) {
                continue;
            }
            // HanLP tags macro-regions as other nouns (京津冀/nz): the region list knows them whatever the tag
            if (!t.tag().startsWith("ns")) {
                String w = t.word();
                // HanLP glues the conjunction to a region it does not know as a place (欧洲和/nr)
                if (w.length() >= 3 && "和与及".indexOf(w.charAt(w.length() - 1)) >= 0 && places.isRegion(w.substring(0, w.length() - 1))) {
                    out.add(new Candidate(w.substring(0, w.length() - 1), EntityType.PLACE, t.start(), t.end() - 1, "tag:region"));
                    continue;
                }
                if (w.equals(NEW_CHINA)) {
                    // 新中国成立75周年: the country since 1949, tagged as another noun
                    out.add(new Candidate(w, EntityType.PLACE, t.start(), t.end(), "tag:" + t.tag()));
                    continue;
                }
                if (places.isRegion(t.word())) {
                    // 甲乙地区: a region named with 地区 is one name, not the region and a noun
                    int end = text.startsWith("地区", t.end()) ? t.end() + 2 : t.end();
                    out.add(new Candidate(text.substring(t.start(), end), EntityType.PLACE, t.start(), end, "tag:region"));
                }
                continue;
            }
            String w = t.word();
            if (PlaceDirectory.afterANumber(text, t.start(), w)) {
                continue;
            }
            if (WHOLE_OF_LEVEL.matcher(w).matches()) {
                continue; // (占)全州: the whole prefecture the report counts against, even where a county is named 全州
            }
            if (w.length() == 4 && w.endsWith("自治区")) {
                continue; // 锚/n 定自治区/ns: a verb's character glued to 自治区 (the report's own region, named by deixis)
            }
            if (w.endsWith("乡村")) {
                continue; // 水美|乡村: the countryside, cut from a slogan, is no village's name
            }
            // HanLP glues function words onto admin characters (和区, 向区, 强区): keep such tokens only if real
            // transliterated foreign names (以色列/nsf) may start with any character
            boolean foreign = t.tag().equals("nsf");
            if (w.length() >= 3 && (FUNCTION_CHARS + GLUED_VERBS).indexOf(w.charAt(0)) >= 0 && !places.knows(w)
                    && places.knows(w.substring(1))) {
                // 来/居/运 + a known place (来甲阳/ns): the verb before it is no part of its name
                out.add(new Candidate(w.substring(1), EntityType.PLACE, t.start() + 1, t.end(), "tag:" + t.tag()));
                continue;
            }
            if (!foreign && FUNCTION_CHARS.indexOf(w.charAt(0)) >= 0
                    || ADMIN_ENDS.indexOf(w.charAt(w.length() - 1)) >= 0 && w.length() <= 3 && !places.knows(w)) {
                continue;
            }
            if (w.length() == 2 && splitsAWordAfterIt(t, tokens)) {
                continue; // 甲乙|河源/ns 头/n: the tag took the first character of 源头, the river's source
            }
            // two-character tags the gazetteer does not know are mostly segmentation accidents (惠民, 花海)
            if (w.length() == 2 && !places.plausible(w, context, Optional.empty()) && !places.isRegion(w)
                    && !(foreign && w.endsWith("国")) // 韩国, 法国: countries HanLP knows as foreign places
                    && !lexicalisedWaterBody(w)
                    || "一二三四五六七八九十".indexOf(w.charAt(0)) >= 0) {
                continue;
            }
            if (w.startsWith("路") || w.length() >= 2 && "东西南北中".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == '路') {
                continue; // 东路南/ns: the end of a road name HanLP cut off, glued to a direction
            }
            if (w.length() >= 3 && w.charAt(w.length() - 1) == '新' && places.knows(w.substring(0, w.length() - 1))
                    && !text.startsWith("区", t.end())) {
                // 成为甲乙新/ns 地标: the place's name and the 新 of the word after it
                out.add(new Candidate(w.substring(0, w.length() - 1), EntityType.PLACE, t.start(), t.end() - 1, "tag:" + t.tag()));
                continue;
            }
            if (w.length() >= 3 && w.charAt(0) == '新' && places.knows(w.substring(1))) {
                continue; // 新青岚: the slogan of the place made new, not a place of its own
            }
            if (w.endsWith("城市") || w.chars().anyMatch(c -> c >= '0' && c <= '9')) {
                continue; // 星河城市 is a name glued to the noun 城市, 318台 a count, neither a place
            }
            String rest = text.substring(t.end());
            if (MODIFIER_FOLLOWERS.stream().anyMatch(rest::startsWith)) {
                continue;
            }
            out.add(new Candidate(t.word(), EntityType.PLACE, t.start(), t.end(), "tag:" + t.tag()));
        }
        return out;
    }
}
