package org.govreportkg.extract;

import java.util.List;

/**
 * The columns the learned name model reads for each character of a sentence: the character, and its position
 * in its HanLP word (B, M, E or S) joined to the word's tag; then a last column for the label. Training and
 * recognition must build rows the same way. (Lexicon heads, gazetteer places and character kinds as further
 * columns scored no better on held-out sets, so the model does without them.)
 */
final class CharacterFeatures {
    private CharacterFeatures() {
    }

    static String[][] rows(String sentence, List<Token> tokens) {
        int n = sentence.length();
        String[] position = new String[n];
        for (Token t : tokens) {
            for (int j = t.start(); j < t.end() && j < n; j++) {
                String p = t.word().length() == 1 ? "S" : j == t.start() ? "B" : j == t.end() - 1 ? "E" : "M";
                position[j] = p + "_" + t.tag();
            }
        }
        String[][] rows = new String[n][];
        for (int j = 0; j < n; j++) {
            char c = sentence.charAt(j);
            // the model's files separate values with / and tabs, so neither may be one
            rows[j] = new String[] {Character.isWhitespace(c) ? "_SP" : c == '/' ? "_SL" : String.valueOf(c),
                    position[j] == null ? "S_x" : position[j], "O"};
        }
        return rows;
    }
}
