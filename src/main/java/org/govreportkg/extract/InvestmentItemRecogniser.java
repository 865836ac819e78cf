package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects named after their investment: 引进投资24亿元的青岚储能电站、投资2亿元的松溪农业番茄全产业链. The frame
 * says each item is an undertaking, and such items are often a firm's name plus a product with no head at all,
 * so no head rule can find them. An item counts only when it starts like a name HanLP did not know (a name tag,
 * or characters it could not make a word of): 投资5亿元的污水处理厂 names no particular plant.
 */
final class InvestmentItemRecogniser {
    static final String RULE = "investment";
    private static final Pattern FIRST = Pattern.compile("总?投资(?:约|超|近)?[0-9.]+[亿万]元(?:以上)?的?");
    /** Later items of the same list carry their own amount (、15亿元的松溪水泥技改). */
    private static final Pattern NEXT = Pattern.compile("[0-9.]+[亿万]元(?:以上)?的?");
    private static final String DELIMITERS = "、，,。；;：:（()）";
    private static final int MAX_ITEM = 16;
    /** Words that say what happened to the item (开工建设, 顺利投产) end it: they are no part of the name. */
    private static final Set<String> PROGRESS = Set.of("开工", "开工建设", "建设", "建成", "投产", "落地", "签约", "竣工",
            "投用", "投运", "动工", "启动", "完工", "加快", "推进", "顺利", "正式", "全面", "已", "等", "相继", "先后",
            "获得", "获批", "通过", "核准", "以及");

    private final Lexicon lexicon;

    InvestmentItemRecogniser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> recognise(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = FIRST.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.end();
            while (true) {
                int end = itemEnd(text, tokens, start);
                item(text, tokens, start, end).ifPresent(out::add);
                from = Math.max(end, start + 1);
                if (end >= text.length() || text.charAt(end) != '、') {
                    break;
                }
                Matcher next = NEXT.matcher(text).region(end + 1, text.length());
                if (!next.lookingAt()) {
                    break;
                }
                start = next.end();
            }
        }
        return out;
    }

    /** Where the item starting at {@code start} ends: at a delimiter or a word saying what happened to it. */
    private static int itemEnd(String text, List<Token> tokens, int start) {
        int end = start;
        while (end < text.length() && DELIMITERS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            // …项目6月底试投产: a date after the item says when, it is no part of the name
            boolean date = t.tag().startsWith("t") || t.tag().equals("m") && k + 1 < tokens.size()
                    && tokens.get(k + 1).tag().startsWith("t");
            if (t.start() > start && t.start() < end && (PROGRESS.contains(t.word()) || date)) {
                return t.start();
            }
        }
        return end;
    }

    private java.util.Optional<Candidate> item(String text, List<Token> tokens, int start, int end) {
        if (end - start < 3 || end - start > MAX_ITEM) {
            return java.util.Optional.empty();
        }
        List<Token> inside = tokens.stream().filter(t -> t.start() >= start && t.end() <= end).toList();
        // the item must start and end on word boundaries, and start like a name; one dictionary word
        // (污水处理厂/nt) is a kind of facility, not a name
        if (inside.size() < 2 || inside.get(0).start() != start || inside.get(inside.size() - 1).end() != end
                || !startsLikeAName(inside)) {
            return java.util.Optional.empty();
        }
        String item = text.substring(start, end);
        if (lexicon.namesNothingInParticular(item)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Candidate(item, EntityType.PROJECT, start, end, RULE));
    }

    /** A name tag on the first word, or a name HanLP split into single characters (青/ag 岚/v). */
    static boolean startsLikeAName(List<Token> inside) {
        Token first = inside.get(0);
        String tag = first.tag();
        if (tag.startsWith("nt") || tag.startsWith("nz") || tag.startsWith("nr") || tag.startsWith("ns")
                || tag.equals("nx") || tag.equals("j")) {
            return true;
        }
        if (inside.size() < 3) {
            return false;
        }
        Token second = inside.get(1);
        return single(first) && single(second);
    }

    private static boolean single(Token t) {
        String tag = t.tag();
        return t.word().length() == 1 && Character.isIdeographic(t.word().charAt(0)) && !tag.startsWith("w")
                && !tag.startsWith("u") && !tag.startsWith("p") && !tag.startsWith("c") && !tag.startsWith("m")
                && !tag.startsWith("q") && !tag.startsWith("r") && !tag.startsWith("d");
    }
}
