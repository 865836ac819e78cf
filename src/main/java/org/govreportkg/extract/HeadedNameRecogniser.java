package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds names that end in a head from the lexicon (XX街道, XX研究院, XX工程) and takes as much of the
 * segmented text before the head as can belong to a name: nouns, names, letters and digits, nominal
 * verbs, stopping at verbs, function words, punctuation, quantities and stop words. Heads that
 * name works and areas stop before a full administrative place (福田区 | 园岭街道), so the place
 * stays its own entity; institution names may include one (深圳市种猪场).
 */
final class HeadedNameRecogniser {
    private static final int MAX_LENGTH = 20;
    private static final Set<String> NAME_TAGS_EXTRA = Set.of("j", "vn", "nx", "x", "s", "gi", "gm", "gp", "gg", "gb", "gc",
            "g", "nz", "nt", "ns", "nr", "b", "an");

    private final Lexicon lexicon;

    HeadedNameRecogniser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> recognise(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int end = tokens.get(i).end();
            Optional<Lexicon.Head> found = lexicon.headEndingAt(text, end);
            if (found.isEmpty()) {
                continue;
            }
            Lexicon.Head head = found.get();
            int headStart = end - head.text().length();
            int j = i;
            while (j > 0 && tokens.get(j).start() > headStart) {
                j--;
            }
            int start = tokens.get(j).start();
            int k = j - 1;
            while (k >= 0) {
                Token t = tokens.get(k);
                if (t.word().equals(")")) {
                    int open = matchingOpen(tokens, k);
                    if (open > 0 && accepts(tokens.get(open - 1), head) && end - tokens.get(open - 1).start() <= MAX_LENGTH) {
                        start = tokens.get(open - 1).start();
                        k = open - 2;
                        continue;
                    }
                    break;
                }
                if (!accepts(t, head) || end - t.start() > MAX_LENGTH) {
                    break;
                }
                start = t.start();
                k--;
            }
            start = trimLeading(text, start, headStart);
            if (start >= headStart) {
                continue;
            }
            String core = text.substring(start, headStart);
            if (isGeneric(core)) {
                continue;
            }
            int fullEnd = withParenthetical(text, end);
            out.add(new Candidate(text.substring(start, fullEnd), head.type(), start, fullEnd, "head:" + head.text()));
        }
        return out;
    }

    private boolean accepts(Token t, Lexicon.Head head) {
        String w = t.word();
        String tag = t.tag();
        if (lexicon.isStopWord(w)) {
            return false;
        }
        if (!head.crossesPlaces() && isAdministrativePlace(t)) {
            return false;
        }
        if (tag.equals("m")) {
            return w.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        }
        if (tag.startsWith("n") && !tag.equals("nr") && !tag.startsWith("nr") || NAME_TAGS_EXTRA.contains(tag)) {
            return true;
        }
        return tag.startsWith("nr") && w.length() >= 2;
    }

    static boolean isAdministrativePlace(Token t) {
        String w = t.word();
        return t.tag().startsWith("ns") && w.length() >= 3
                && (w.endsWith("省") || w.endsWith("市") || w.endsWith("区") || w.endsWith("县"));
    }

    private static int matchingOpen(List<Token> tokens, int close) {
        for (int k = close - 1; k >= Math.max(0, close - 4); k--) {
            if (tokens.get(k).word().equals("(")) {
                return k;
            }
        }
        return -1;
    }

    private static int trimLeading(String text, int start, int limit) {
        while (start < limit && "、,和与及或的在对将向为由把等".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return start;
    }

    /** Includes a short parenthetical right after the head (筹), (坪山), (北区) as part of the fullest form. */
    static int withParenthetical(String text, int end) {
        if (end < text.length() && text.charAt(end) == '(') {
            int close = text.indexOf(')', end);
            if (close > end + 1 && close - end <= 6) {
                String inner = text.substring(end + 1, close);
                if (inner.chars().allMatch(c -> Character.isLetterOrDigit(c))) {
                    return close + 1;
                }
            }
        }
        return end;
    }

    /** A core made only of descriptive words (重点, 文化, 智慧...) names nothing. */
    boolean isGeneric(String core) {
        int n = core.length();
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        for (int i = 0; i < n; i++) {
            if (!ok[i]) {
                continue;
            }
            for (int j = i + 1; j <= n && j - i <= 5; j++) {
                if (lexicon.isGenericModifier(core.substring(i, j))) {
                    ok[j] = true;
                }
            }
        }
        return ok[n];
    }
}
