package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works named as the subject of their progress: 甲乙储能电站并网投运, 丙丁酒店全面竣工, 甲乙光伏建成投产. The
 * predicate says the clause's subject is an undertaking, and such subjects often carry no head a head rule
 * knows (a firm's name and its product, a hotel, a market). The subject counts only when it starts like a
 * name HanLP did not know and no other recogniser found a name crossing its edges.
 */
final class CompletedWorksRecogniser {
    static final String RULE = "progress";
    private static final List<String> PROGRESS = List.of("竣工", "完工", "建成投产", "建成投用", "建成通车", "建成运营", "建成开馆",
            "投产", "投用", "投运", "并网", "通车", "开园", "开馆", "封顶", "复工", "量产", "正式运营", "投入运营", "开业");
    /** How the progress is qualified before its verb (全面竣工, 主体工程封顶): no part of the works' name. */
    private static final Pattern MANNER = Pattern.compile("(?:主体工程|主体结构)?(?:全面|主体|顺利|正式|如期|即将|基本|相继|全线|提前|成功|圆满)?$");
    private static final String CLAUSE_BREAKS = ",，;；:：。！!、";
    private static final int MIN_ITEM = 3;
    private static final int MAX_ITEM = 16;

    private final Lexicon lexicon;

    CompletedWorksRecogniser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Where the progress verbs start, left to right, none inside another (String.indexOf is far faster than a regex scan). */
    private static List<Integer> progressVerbs(String text) {
        java.util.TreeMap<Integer, Integer> found = new java.util.TreeMap<>();
        for (String verb : PROGRESS) {
            for (int at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
                found.merge(at, verb.length(), Math::max);
            }
        }
        List<Integer> out = new ArrayList<>();
        int after = 0;
        for (var e : found.entrySet()) {
            if (e.getKey() >= after) {
                out.add(e.getKey());
                after = e.getKey() + e.getValue();
            }
        }
        return out;
    }

    /** 年底前, 9月底, 全部, 在全市率先: when and how the works progress, between the name and the predicate. */
    private static boolean circumstance(Token t) {
        String tag = t.tag();
        return tag.startsWith("d") || tag.startsWith("p") || tag.startsWith("t") || tag.startsWith("f") || tag.startsWith("r")
                || tag.startsWith("q") || tag.equals("m") && !t.word().chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }

    List<Candidate> recognise(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (int verb : progressVerbs(text)) {
            Matcher manner = MANNER.matcher(text).region(Math.max(0, verb - 6), verb);
            int end = manner.find() ? manner.start() : verb;
            int start = end;
            while (start > 0 && CLAUSE_BREAKS.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            int modified = text.lastIndexOf('的', end - 1);
            if (modified >= start) {
                start = modified + 1; // 时速350公里的|甲乙高铁: the words describing the works are no part of its name
            }
            if (end - start < MIN_ITEM || end - start > MAX_ITEM) {
                continue;
            }
            String item = text.substring(start, end);
            final int s = start;
            List<Token> inside = tokens.stream().filter(t -> t.start() >= s && t.end() <= end).toList();
            // one word HanLP tagged a name (甲乙大酒店/nt) is a name; one ordinary word (污水处理厂) is a kind
            boolean oneName = inside.size() == 1 && (inside.get(0).tag().startsWith("nt") || inside.get(0).tag().startsWith("nz"));
            if (inside.isEmpty() || inside.get(0).start() != start || inside.get(inside.size() - 1).end() != end
                    || !oneName && (inside.size() < 2 || !InvestmentItemRecogniser.startsLikeAName(inside)) || item.contains("等")
                    || inside.stream().anyMatch(t -> t.tag().startsWith("v") && !t.tag().equals("vn") && t.word().length() > 1)
                    || inside.stream().skip(1).anyMatch(CompletedWorksRecogniser::circumstance)) {
                continue;
            }
            boolean crossed = found.stream().anyMatch(o -> o.start() < end && s < o.end() && (o.start() < s || o.end() > end
                    || o.start() == s && o.end() == end || o.type() == EntityType.PROJECT));
            if (crossed || lexicon.namesNothingInParticular(item)) {
                continue;
            }
            out.add(new Candidate(item, EntityType.PROJECT, start, end, RULE));
        }
        return out;
    }
}
