package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A name that opens a list item or a clause starts at the separator, when all HanLP left between the separator and
 * the recognised name are fragments of an unknown firm or brand name (、甲/dg 乙/dg 再生资源二期, ，丙/qt 丁戊/nz 运/v 风电):
 * the fragments are the name's first characters. Words that open a clause (verbs, adverbs, times, numbers,
 * pronouns, places) stay outside it.
 */
final class ClauseStartNames {
    /** Characters that end the stretch a name can open. */
    private static final String SEPARATORS = "、,，;；。:：“(（";
    private static final int MAX_GAP = 3;
    /** Tags of whole words that are a name's own part: persons' and other proper names, abbreviations, status words. */
    private static final List<String> NAME_WORD_TAGS = List.of("nr", "nz", "j", "z");
    /** Tags of words that open clauses whatever their length. */
    private static final List<String> CLAUSE_TAGS = List.of("w", "m", "t", "p", "c", "u", "r", "f", "e", "y", "o", "ns", "s");

    private final Lexicon lexicon;

    ClauseStartNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> repair(String sentence, List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            out.add(extensible(c) ? extended(sentence, tokens, c, candidates) : c);
        }
        return out;
    }

    private static boolean extensible(Candidate c) {
        return c.type() == EntityType.PROJECT && (c.rule().startsWith("head:") || c.rule().equals("list"))
                || c.type() == EntityType.PLACE && c.rule().startsWith("head:");
    }

    private Candidate extended(String sentence, List<Token> tokens, Candidate c, List<Candidate> candidates) {
        int gapStart = stretchStart(sentence, tokens, c.start());
        if (gapStart < 0) {
            return c;
        }
        if (gapStart == c.start() || candidates.stream().anyMatch(o -> o != c && o.end() > gapStart && o.end() <= c.start())) {
            return c; // nothing before the name, or a name of its own there (a place the works lie in)
        }
        List<Token> gap = tokens.stream().filter(t -> t.end() > gapStart && t.start() < c.start()).toList();
        if (gap.isEmpty() || gap.get(0).start() != gapStart || gap.get(gap.size() - 1).end() != c.start()
                || !gap.stream().allMatch(this::nameFragment)) {
            return c;
        }
        String prefix = sentence.substring(gapStart, c.start());
        // 、形/ng 成/v 甲乙产业园: characters HanLP cut apart that make a verb are the clause's verb, not the name's start
        if (lexicon.describesOnly(prefix) || lexicon.isStopWord(prefix) || Lexicon.isDictionaryVerb(prefix)) {
            return c;
        }
        return new Candidate(sentence.substring(gapStart, c.end()), c.type(), gapStart, c.end(), c.rule(), c.key(), c.alsoTypes());
    }

    /**
     * Where the stretch a name can open starts: after a separator, or after a verb of two or more characters that takes
     * the name as its object (实施|甲/qt 乙/v 二期工程); -1 when neither lies within a few characters.
     */
    private static int stretchStart(String sentence, List<Token> tokens, int nameStart) {
        for (int from = nameStart; from >= 0 && nameStart - from <= MAX_GAP; from--) {
            if (from == 0 || SEPARATORS.indexOf(sentence.charAt(from - 1)) >= 0) {
                return from;
            }
            int end = from;
            if (from < nameStart && tokens.stream().anyMatch(t -> t.end() == end && t.tag().startsWith("v") && t.word().length() >= 2)) {
                return from;
            }
        }
        return -1;
    }

    private boolean nameFragment(Token t) {
        String w = t.word();
        String tag = t.tag();
        if (lexicon.isStopWord(w) || CLAUSE_TAGS.stream().anyMatch(tag::startsWith)) {
            return false;
        }
        if (w.length() == 1) {
            char ch = w.charAt(0);
            return Character.isIdeographic(ch) && HeadedNameRecogniser.FUNCTION_CHARS.indexOf(ch) < 0
                    && HeadedNameRecogniser.CLAUSE_OPENERS.indexOf(ch) < 0 && "省市区县镇乡村大小老".indexOf(ch) < 0;
        }
        return NAME_WORD_TAGS.stream().anyMatch(tag::startsWith);
    }
}
