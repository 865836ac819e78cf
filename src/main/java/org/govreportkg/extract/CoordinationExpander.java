package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that share a head in a coordination are each a name: 云溪、竹林、月湖等街道 → 云溪街道, 竹林街道,
 * 月湖街道; 松岭、竹园2座消防站 → 松岭消防站, 竹园消防站; 青岚河、松溪河生态补水工程 → 青岚河生态补水工程.
 * The expanded name does not occur in the text, so the candidate's span is the conjunct (松岭) and its
 * key carries the expanded name, which the resolver uses as the entity's label.
 */
final class CoordinationExpander {
    static final String RULE = "coordination";
    private static final Pattern BARE_LIST = Pattern.compile(
            "((?:\\p{IsHan}{2,4}、)+\\p{IsHan}{2,4}?)(?:等|[0-9]+[座个条所家]|[两二三四五六七八九十]+[座个条所家])?$");
    /** One name and a count (枫林等4座消防站): the name stands for the first of several. */
    private static final Pattern ONE_OF_SEVERAL = Pattern.compile("等(?:[0-9]+|[两二三四五六七八九十]+)[座个条所家]$");
    /** 地铁41号、42号线: numbered lines sharing 号线 and the mode before them. */
    private static final Pattern NUMBERED_LINES = Pattern.compile("(地铁|轨道交通|轨道)?((?:[0-9]+号(?:线)?[、和及])+)([0-9]+)号线");

    private static final java.util.Set<String> GENERAL_WORKS = java.util.Set.of("项目", "工程");

    private final Lexicon lexicon;

    CoordinationExpander(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> expand(String text, List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        bareLists(text, tokens, out);
        numberedLines(text, out);
        for (Candidate c : candidates) {
            if (c.rule().startsWith("head:") || c.rule().startsWith("activity:")) {
                sharedTail(text, tokens, c, candidates, out);
            }
        }
        return out;
    }

    /** 云溪、竹林、月湖等街道: a list of bare names right before a head. */
    private void bareLists(String text, List<Token> tokens, List<Candidate> out) {
        for (Token t : tokens) {
            Optional<Lexicon.Head> head = lexicon.headEndingAt(text, t.end());
            // 项目/工程 after a list gather kinds of work (前沿型、成长型项目), not named works
            // nor does a works verb after a list (稳中加固, 法人治理): the works' objects are unnamed
            // the head may be cut in two by HanLP (小/a 微园/ns), but it must start a token
            int headStart = head.map(h -> t.end() - h.text().length()).orElse(-1);
            // (and then only after 等: in 、甲乙经/p 开区/ns the last item is a name already written out)
            if (head.isEmpty() || headStart < t.start() && (tokens.stream().noneMatch(x -> x.start() == headStart)
                    || !text.startsWith("等", headStart - 1))
                    || headStart > t.start() || GENERAL_WORKS.contains(head.get().text()) || head.get().activity()) {
                continue;
            }
            Matcher one = ONE_OF_SEVERAL.matcher(text.substring(0, headStart));
            if (one.find()) {
                oneOfSeveral(text, tokens, one.start(), head.get(), out);
                continue;
            }
            Matcher m = BARE_LIST.matcher(text.substring(0, headStart));
            if (!m.find()) {
                continue;
            }
            String[] parts = m.group(1).split("、");
            int pos = m.start(1);
            // the first conjunct's left edge is uncertain: take as many characters as the second has
            int firstLength = parts[1].length();
            int firstStart = pos + parts[0].length() - firstLength;
            if (firstLength > parts[0].length() || !boundary(tokens, firstStart)) {
                continue;
            }
            parts[0] = parts[0].substring(parts[0].length() - firstLength);
            String shared = head.get().text();
            long headed = java.util.Arrays.stream(parts).filter(this::hasHead).count();
            if (java.util.Arrays.stream(parts).anyMatch(p -> lexicon.headEndingAt(p, p.length())
                    .filter(h -> p.length() - h.text().length() < 2).isPresent())) {
                continue; // 高铁、大道: kinds of thing (a head alone, or one character and a head) share nothing
            }
            if (headed * 2 >= parts.length || java.util.Arrays.stream(parts).anyMatch(p -> p.endsWith(shared)
                    || lexicon.isGenericModifier(p) || p.endsWith("型") || p.endsWith("性"))) {
                continue; // a list of full names (云溪公园、竹林公园): nothing is shared; one 甲港 among bare names is a name
            }
            pos = firstStart;
            for (String p : parts) {
                int from = pos, to = pos + p.length();
                List<Token> words = tokens.stream().filter(x -> x.start() >= from && x.end() <= to).toList();
                boolean named = words.stream().allMatch(this::nameLike) && !commonNounsOnly(words);
                if (named && !lexicon.isStopWord(p) && boundary(tokens, pos) && boundary(tokens, pos + p.length())) {
                    out.add(new Candidate(p, head.get().type(), pos, pos + p.length(), RULE,
                            Optional.of(p + head.get().text())));
                }
                pos += p.length() + 1;
            }
        }
    }

    /** The shortest whole-token name of two or three characters right before 等. */
    private void oneOfSeveral(String text, List<Token> tokens, int end, Lexicon.Head head, List<Candidate> out) {
        for (int length = 2; length <= 3 && end - length >= 0; length++) {
            String name = text.substring(end - length, end);
            if (boundary(tokens, end - length) && name.codePoints().allMatch(Character::isIdeographic)
                    && !lexicon.isStopWord(name) && !hasHead(name) && !lexicon.isGenericModifier(name)) {
                out.add(new Candidate(name, head.type(), end - length, end, RULE, Optional.of(name + head.text())));
                return;
            }
        }
    }

    private static void numberedLines(String text, List<Candidate> out) {
        Matcher m = NUMBERED_LINES.matcher(text);
        while (m.find()) {
            String mode = m.group(1) == null ? "" : m.group(1);
            Matcher n = Pattern.compile("([0-9]+)号").matcher(text).region(m.start(2), m.end(2));
            boolean first = true;
            while (n.find()) {
                int from = first && !mode.isEmpty() ? m.start(1) : n.start();
                out.add(new Candidate(text.substring(from, n.end()), EntityType.PROJECT, from, n.end(), RULE,
                        Optional.of(mode + n.group(1) + "号线")));
                first = false;
            }
            // the last line (42号线) is a name as written, found by the head recogniser
        }
    }

    /** 青岚河、松溪河生态补水工程: the conjunct before shares the tail after the last conjunct. */
    private void sharedTail(String text, List<Token> tokens, Candidate c, List<Candidate> candidates, List<Candidate> out) {
        if (c.start() < 2 || "、及".indexOf(text.charAt(c.start() - 1)) < 0) {
            return;
        }
        int delimiter = c.start() - 1;
        int start = delimiter;
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.end() > delimiter) {
                continue;
            }
            if (t.end() != start || start - t.start() > 4 || delimiter - t.start() > 4 || !nameLike(t)) {
                break;
            }
            start = t.start();
        }
        for (Token t : tokens) {
            if (t.end() == start && nameLike(t)) {
                return; // the conjunct goes on to the left (新能源汽车、...): its extent is unknown
            }
        }
        final int from = start;
        if (candidates.stream().anyMatch(o -> o.start() == from && o.end() == delimiter
                && o.rule().equals("gazetteer"))) {
            return; // a division of its own (星河、青松特别合作区): nothing is shared
        }
        if (candidates.stream().anyMatch(o -> o.start() < from && o.end() == delimiter)) {
            return; // the conjunct ends a name found already (甲大道西段、乙小学停车场): that name is the conjunct
        }
        int length = delimiter - start;
        if (length < 2 || c.surface().length() - length < 2) {
            return;
        }
        String conjunct = text.substring(start, delimiter);
        List<Token> words = tokens.stream().filter(t -> t.start() >= from && t.end() <= delimiter).toList();
        if (commonNounsOnly(words)) {
            return;
        }
        String tail = c.surface().substring(length);
        // the part the conjunct stands in for is a name (松岭|消防站); an ordinary noun (大气|环境…设施) shares nothing
        String replaced = c.surface().substring(0, length);
        if (tokens.stream().anyMatch(t -> t.start() == c.start() && t.word().equals(replaced) && t.tag().equals("n"))
                && com.hankcs.hanlp.dictionary.CoreDictionary.contains(replaced)) {
            return;
        }
        // a conjunct with its own head is a full name, unless it is the place a work is named after (青岚河)
        boolean placeOfWork = c.type() != EntityType.PLACE && c.rule().startsWith("head:")
                && isPlaceName(conjunct) && isPlaceName(c.surface().substring(0, length));
        if (lexicon.isStopWord(conjunct) || lexicon.describesOnly(conjunct) || hasHead(conjunct) && !placeOfWork || lexicon.headEndingAt(tail, tail.length()).isEmpty()
                || !boundary(tokens, c.start() + length) && !(length == 2 && insideNameToken(tokens, c.start() + length))) {
            return;
        }
        out.add(new Candidate(conjunct, c.type(), start, delimiter, RULE, Optional.of(conjunct + tail)));
    }

    /** 枢纽/n 城市/n(、甲乙新城): a role in two or more common nouns is no name a shared head could complete. */
    private static boolean commonNounsOnly(List<Token> words) {
        return words.size() >= 2 && words.stream().allMatch(t -> t.tag().equals("n") && t.word().length() >= 2);
    }

    private boolean isPlaceName(String name) {
        return lexicon.headEndingAt(name, name.length()).map(h -> h.type() == EntityType.PLACE).orElse(false);
    }

    private boolean hasHead(String name) {
        return lexicon.headEndingAt(name, name.length()).isPresent();
    }

    private boolean nameLike(Token t) {
        String tag = t.tag();
        return !lexicon.isStopWord(t.word()) && (tag.startsWith("n") || tag.startsWith("g") || tag.equals("j")
                || t.word().length() == 1 && !tag.startsWith("w") && !tag.startsWith("u") && !tag.startsWith("p")
                && !tag.startsWith("c") && !tag.startsWith("v") && !tag.startsWith("m") && !tag.startsWith("q"));
    }

    /** 中芬创新中心/nt: HanLP glued the conjunct to the shared tail inside one name token. */
    private static boolean insideNameToken(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.start() < at && at < t.end()) {
                return t.tag().startsWith("nt") || t.tag().startsWith("nz") || t.tag().startsWith("nis");
            }
        }
        return false;
    }

    private static boolean boundary(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.start() == at || t.end() == at) {
                return true;
            }
        }
        return false;
    }
}
