package org.govreportkg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * Works right after a section of a river or road are named after it (甲河乙段人工湿地项目). A village's name does not
 * start with the district it lies in (甲乙区|丙丁村). A headed name never starts inside a known place name: when HanLP takes a place's first character for an
 * adverb or counter (甲/d 乙城/ns 通用机场), the name starts where the gazetteer's place does (甲乙城通用机场).
 */
final class LeftEdgeRepair {
    private static final int MAX_REACH = 2;
    private static final java.util.Set<String> VILLAGE_HEADS = java.util.Set.of("head:村", "head:社区");
    private static final String ADMIN_ENDS = "区县市镇乡";
    private static final int MIN_VILLAGE = 3;

    /** Prepositions, conjunctions and 的 that HanLP glues to the name after them (以甲乙产业园/nt, 的甲乙/ns). */
    private static final String GLUED_FUNCTION_WORDS = "以在对向把被将由从于为与和及获的含";
    private static final int MIN_AFTER_TRIM = 3;
    private static final String CONJUNCTIONS = "与和及";
    private static final int MIN_ROAD = 4;
    private static final java.util.regex.Pattern ROAD = java.util.regex.Pattern.compile("(?:路|大道|大街|街)$");
    /** Parts of town a report names before a road in it, longest first. */
    private static final List<String> CITY_AREAS = List.of("中心城区", "主城区", "老城区", "市区", "城区");

    List<Candidate> repair(String sentence, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Candidate trimmed = withoutGluedFunctionWord(sentence, c);
            out.add(trimmed.rule().startsWith("head:") ? extended(sentence, trimmed, candidates) : trimmed);
        }
        return out;
    }

    /**
     * 以|甲乙产业园: a preposition HanLP glued to a name starts no name, unless it makes a word with the next character
     * (和平, 于都, 向阳).
     */
    private static Candidate withoutGluedFunctionWord(String sentence, Candidate c) {
        String s = c.surface();
        for (String area : CITY_AREAS) {
            // 中心城区|甲乙南路: the part of town a road lies in is no part of its name (城区|快速路 is a kind of road)
            if (c.rule().startsWith("head:") && s.startsWith(area) && s.length() - area.length() >= MIN_ROAD
                    && ROAD.matcher(s).find()) {
                return new Candidate(s.substring(area.length()), c.type(), c.start() + area.length(), c.end(), c.rule(), c.key(),
                        c.alsoTypes());
            }
        }
        if (c.rule().equals("official") || c.rule().equals("deixis") || c.rule().equals("gazetteer") || c.rule().equals("chain")
                || s.length() - 1 < MIN_AFTER_TRIM || GLUED_FUNCTION_WORDS.indexOf(s.charAt(0)) < 0
                || CoreDictionary.contains(s.substring(0, 2)) || CoreDictionary.contains(s)
                || CONJUNCTIONS.indexOf(s.charAt(0)) >= 0 && (c.start() == 0 || !Character.isIdeographic(sentence.charAt(c.start() - 1)))) {
            return c; // 、和桥医院: a conjunction needs a conjunct before it; after a comma the character is the name's
        }
        return new Candidate(s.substring(1), c.type(), c.start() + 1, c.end(), c.rule(), c.key(), c.alsoTypes());
    }

    /** Regions of the country by their compass part, which start names (西部甲乙通道, 东部丙丁走廊) when nothing precedes them. */
    private static final List<String> COMPASS_PARTS = List.of("西部", "东部", "南部", "北部", "中部");
    private static final String OPENERS = "、,，;；:：“(（";

    private static Candidate extended(String sentence, Candidate c, List<Candidate> candidates) {
        int s = c.start();
        if (s >= 2 && COMPASS_PARTS.contains(sentence.substring(s - 2, s)) && (s == 2 || OPENERS.indexOf(sentence.charAt(s - 3)) >= 0)) {
            // 、西部|陆海新通道: a name after a list separator starts with the part of the country it serves
            return new Candidate(sentence.substring(s - 2, c.end()), c.type(), s - 2, c.end(), c.rule(), c.key(), c.alsoTypes());
        }
        for (Candidate p : candidates) {
            if (c.type() == EntityType.PROJECT && p.rule().equals(RouteSectionRecogniser.RULE) && p.end() == c.start()) {
                // 甲河乙段|人工湿地净化项目: works on a section of a river or road are named after the section
                return new Candidate(sentence.substring(p.start(), c.end()), c.type(), p.start(), c.end(), c.rule(),
                        c.key(), c.alsoTypes());
            }
            if (VILLAGE_HEADS.contains(c.rule()) && p.rule().equals("gazetteer") && p.start() == c.start()
                    && c.end() - p.end() >= MIN_VILLAGE && ADMIN_ENDS.indexOf(p.surface().charAt(p.surface().length() - 1)) >= 0) {
                // 甲乙区丙丁村: the village lies in the district, which is no part of its name
                return new Candidate(sentence.substring(p.end(), c.end()), c.type(), p.end(), c.end(), c.rule(),
                        c.key(), c.alsoTypes());
            }
            if (p.rule().equals("gazetteer") && p.start() < c.start() && c.start() < p.end() && p.end() <= c.end()
                    && c.start() - p.start() <= MAX_REACH) {
                return new Candidate(sentence.substring(p.start(), c.end()), c.type(), p.start(), c.end(), c.rule(),
                        c.key(), c.alsoTypes());
            }
        }
        return c;
    }
}
