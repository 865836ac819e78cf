package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that share a head in a coordination are each a name: 园岭、南园、华富等街道 → 园岭街道, 南园街道,
 * 华富街道; 福沙、福景2座消防站 → 福沙消防站, 福景消防站; 新洲河、凤塘河生态补水工程 → 新洲河生态补水工程.
 * The expanded name does not occur in the text, so the candidate's span is the conjunct (福沙) and its
 * key carries the expanded name, which the resolver uses as the entity's label.
 */
final class CoordinationExpander {
    static final String RULE = "coordination";
    private static final Pattern BARE_LIST = Pattern.compile(
            "((?:\\p{IsHan}{2,4}、)+\\p{IsHan}{2,4}?)(?:等|[0-9]+[座个条所家]|[两二三四五六七八九十]+[座个条所家])?$");

    private static final java.util.Set<String> GENERAL_WORKS = java.util.Set.of("项目", "工程");

    private final Lexicon lexicon;

    CoordinationExpander(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> expand(String text, List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>();
        bareLists(text, tokens, out);
        for (Candidate c : candidates) {
            if (c.rule().startsWith("head:") || c.rule().startsWith("activity:")) {
                sharedTail(text, tokens, c, out);
            }
        }
        return out;
    }

    /** 园岭、南园、华富等街道: a list of bare names right before a head. */
    private void bareLists(String text, List<Token> tokens, List<Candidate> out) {
        for (Token t : tokens) {
            Optional<Lexicon.Head> head = lexicon.headEndingAt(text, t.end());
            // 项目/工程 after a list gather kinds of work (前沿型、成长型项目), not named works
            if (head.isEmpty() || !t.word().equals(head.get().text()) || GENERAL_WORKS.contains(t.word())) {
                continue;
            }
            Matcher m = BARE_LIST.matcher(text.substring(0, t.start()));
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
            if (java.util.Arrays.stream(parts).anyMatch(p -> hasHead(p) || lexicon.isGenericModifier(p)
                    || p.endsWith("型") || p.endsWith("性"))) {
                continue; // a list of full names (大万世居、龙田世居): nothing is shared
            }
            pos = firstStart;
            for (String p : parts) {
                if (!lexicon.isStopWord(p) && boundary(tokens, pos) && boundary(tokens, pos + p.length())) {
                    out.add(new Candidate(p, head.get().type(), pos, pos + p.length(), RULE,
                            Optional.of(p + head.get().text())));
                }
                pos += p.length() + 1;
            }
        }
    }

    /** 新洲河、凤塘河生态补水工程: the conjunct before shares the tail after the last conjunct. */
    private void sharedTail(String text, List<Token> tokens, Candidate c, List<Candidate> out) {
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
        int length = delimiter - start;
        if (length < 2 || c.surface().length() - length < 2) {
            return;
        }
        String conjunct = text.substring(start, delimiter);
        String tail = c.surface().substring(length);
        // a conjunct with its own head is a full name, unless it is the place a work is named after (新洲河)
        boolean placeOfWork = c.type() != EntityType.PLACE && c.rule().startsWith("head:")
                && isPlaceName(conjunct) && isPlaceName(c.surface().substring(0, length));
        if (lexicon.isStopWord(conjunct) || hasHead(conjunct) && !placeOfWork || lexicon.headEndingAt(tail, tail.length()).isEmpty()
                || !boundary(tokens, c.start() + length)) {
            return;
        }
        out.add(new Candidate(conjunct, c.type(), start, delimiter, RULE, Optional.of(conjunct + tail)));
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

    private static boolean boundary(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.start() == at || t.end() == at) {
                return true;
            }
        }
        return false;
    }
}
