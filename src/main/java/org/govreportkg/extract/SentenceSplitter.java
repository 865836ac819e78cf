package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits report text into sentences at full stops, semicolons, question and exclamation marks and
 * line breaks. HanLP is fed one sentence at a time: whole documents segment 2-3x slower.
 * Leading and trailing whitespace is trimmed off each sentence; empty sentences are dropped.
 */
final class SentenceSplitter {
    private static final String ENDS = "。！？；!?;\n";

    List<Sentence> split(String original, String normalised) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= normalised.length(); i++) {
            if (i == normalised.length() || ENDS.indexOf(normalised.charAt(i)) >= 0) {
                int end = i < normalised.length() && normalised.charAt(i) != '\n' ? i + 1 : i;
                add(out, normalised, start, end);
                start = i + 1;
            }
        }
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(text.substring(start, end), start, end));
        }
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
