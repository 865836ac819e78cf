package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Undoes HanLP's organization recogniser when it glues a verb or a coordination onto a name
 * (推进明远教育集团, 代表星河区人民政府, 区和青岚湖科创中心): such tokens are split at the verb or the
 * conjunction so the recognisers see the name's true left edge.
 */
final class TokenRefiner {
    private static final Set<String> GLUED_VERBS = Set.of("推进", "推动", "建设", "代表", "加快", "支持", "引进", "打造",
            "完成", "启动", "开工", "建成", "依托", "新建", "筹建", "扩建", "运营", "引入", "落地", "高水平", "扩大", "服务保障");

    /** Abbreviations inside names of zones and programmes that HanLP splits into single characters. */
    private static final Set<String> ABBREVIATIONS = Set.of("自贸", "经开", "综保", "高新", "双创", "文旅", "农旅");

    /** Verbs of settling in whose second character HanLP glues onto the firm after them (入/v 驻甲乙粉业/nt). */
    private static final Set<String> SETTLING_VERBS = Set.of("入驻", "进驻", "落户", "签约", "引进", "招引");

    /** Zones' abbreviations that take 区 (经开区, 高新区, 自贸区, 综保区). */
    private static final Set<String> ZONE_ABBREVIATIONS = Set.of("经开", "高新", "自贸", "综保");

    private static final String CLAUSE_PUNCTUATION = ",、;:。!?，；：！？";

        /** Verbs that take a one-character complement (做强, 抓实, 培优) which HanLP may glue onto the next name. */
    private static final Set<String> COMPLEMENTED_VERBS = Set.of("做", "抓", "培");
    private static final String COMPLEMENTS = "大强优实精细";

    List<Token> refine(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            Token last = out.isEmpty() ? null : out.getLast();
            String w = t.word();
            if (last != null && COMPLEMENTED_VERBS.contains(last.word()) && last.tag().startsWith("v") && w.length() >= 2
                    && COMPLEMENTS.indexOf(w.charAt(0)) >= 0
                    && (t.tag().startsWith("nt") || t.tag().startsWith("nz") || t.tag().startsWith("nr"))) {
                out.add(new Token(w.substring(0, 1), "a", t.start()));
                split(new Token(w.substring(1), t.tag(), t.start() + 1), out);
                continue;
            }
            if (last != null && last.end() == t.start() && last.tag().equals("m") && last.word().length() == 1
                    && "三五九".indexOf(last.word().charAt(0)) >= 0 && (t.tag().startsWith("ns") || t.tag().startsWith("nz")) && w.length() >= 2
                    && (out.size() < 2 || !out.get(out.size() - 2).tag().startsWith("m") && !out.get(out.size() - 2).word().endsWith("第"))) {
                // 三/m 江源/ns, 九/m 甲天/nz: a place named with a numeral (三江源, 五指山, 九寨沟) is one name
                out.removeLast();
                out.add(new Token(last.word() + w, t.tag(), last.start()));
                continue;
            }
            if (last != null && last.end() == t.start() && last.word().equals("零") && w.equals("碳")) {
                // 零/m 碳/n: zero-carbon is a word of a name (甲零碳产业园), not a count
                out.removeLast();
                out.add(new Token("零碳", "n", last.start()));
                continue;
            }
            if (last != null && last.end() == t.start() && last.word().length() == 1 && w.length() >= 3
                    && SETTLING_VERBS.contains(last.word() + w.charAt(0)) && (nameTag(t.tag()) || t.tag().startsWith("nt"))) {
                out.removeLast();
                out.add(new Token(last.word() + w.charAt(0), "v", last.start()));
                split(new Token(w.substring(1), t.tag(), t.start() + 1), out);
                continue;
            }
            if (last != null && last.end() == t.start() && ZONE_ABBREVIATIONS.contains(last.word()) && w.length() == 2
                    && w.charAt(0) == '区' && Character.isIdeographic(w.charAt(1))) {
                // 甲乙/ns 经开/j 区位/n 列/v: the zone's 区 went to the next word; 区位 is no word here
                out.removeLast();
                out.add(new Token(last.word() + "区", "nz", last.start()));
                out.add(new Token(w.substring(1), t.tag(), t.start() + 1));
                continue;
            }
            if (last != null && last.end() == t.start() && ABBREVIATIONS.contains(last.word() + w)) {
                // 自/p 贸/vg: an abbreviation HanLP splits into a preposition and a morpheme is one word of a name
                out.removeLast();
                out.add(new Token(last.word() + w, "j", last.start()));
                continue;
            }
            if (last != null && out.size() >= 2 && last.end() == t.start() && last.word().length() == 2 && last.word().charAt(0) == '至'
                    && last.tag().startsWith("v") && w.length() == 1 && Character.isIdeographic(w.charAt(0)) && !t.tag().equals("w")
                    && nameTag(out.get(out.size() - 2).tag())) {
                // 甲乙/nr 至上/vi 堡/ng: between two names 至 is "to", and its glued character starts the second name
                out.removeLast();
                out.add(new Token("至", "p", last.start()));
                out.add(new Token(last.word().substring(1) + w, "ns", last.start() + 1));
                continue;
            }
            if (w.length() == 1 && Character.isIdeographic(w.charAt(0)) && t.tag().equals("w")) {
                // a rare character HanLP does not know (瀍) comes back as punctuation: it is part of a name
                out.add(new Token(w, "ng", t.start()));
                continue;
            }
            split(t, out);
        }
        return out;
    }

    private static boolean nameTag(String tag) {
        return tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nz");
    }

    private static void split(Token t, List<Token> out) {
        String w = t.word();
        // HanLP's organization recogniser sometimes swallows a clause comma (产业,某某产业园/nt): no name spans one
        for (int i = 0; i < w.length() && w.length() >= 2; i++) {
            if (CLAUSE_PUNCTUATION.indexOf(w.charAt(i)) >= 0) {
                if (i > 0) {
                    split(new Token(w.substring(0, i), t.tag(), t.start()), out);
                }
                out.add(new Token(w.substring(i, i + 1), "w", t.start() + i));
                if (i + 1 < w.length()) {
                    split(new Token(w.substring(i + 1), t.tag(), t.start() + i + 1), out);
                }
                return;
            }
        }
        // 和区, 向区, 于区: a function word glued to an administrative character
        if (w.length() >= 3 && w.charAt(0) == '和' && "区市省县".indexOf(w.charAt(1)) >= 0 && t.tag().startsWith("nt")) {
            out.add(new Token("和", "cc", t.start()));
            split(new Token(w.substring(1), t.tag(), t.start() + 1), out);
            return;
        }
        if (w.length() == 2 && "区市省县".indexOf(w.charAt(1)) >= 0 && "和向于在对与及将把为从到".indexOf(w.charAt(0)) >= 0
                || t.tag().startsWith("ns") && w.length() == 3 && "和向于在对与及将把为从到".indexOf(w.charAt(0)) >= 0) {
            out.add(new Token(w.substring(0, 1), "p", t.start()));
            out.add(new Token(w.substring(1), "n", t.start() + 1));
            return;
        }
        boolean nameTag = t.tag().startsWith("nt") || t.tag().startsWith("nz") || t.tag().startsWith("nis")
                || t.tag().startsWith("ns");
        if (nameTag && w.length() >= 4) {
            for (String v : GLUED_VERBS) {
                if (w.startsWith(v) && w.length() - v.length() >= 2) {
                    out.add(new Token(v, "v", t.start()));
                    split(new Token(w.substring(v.length()), t.tag(), t.start() + v.length()), out);
                    return;
                }
            }
            for (int i = 1; i < w.length() - 2; i++) {
                char c = w.charAt(i);
                if ((c == '和' || c == '及' || c == '与') && "区市县委府".indexOf(w.charAt(i - 1)) >= 0) {
                    out.add(new Token(w.substring(0, i), "n", t.start()));
                    out.add(new Token(String.valueOf(c), "cc", t.start() + i));
                    split(new Token(w.substring(i + 1), t.tag(), t.start() + i + 1), out);
                    return;
                }
            }
        }
        out.add(t);
    }
}
