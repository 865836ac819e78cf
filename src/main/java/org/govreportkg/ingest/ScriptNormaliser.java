package org.govreportkg.ingest;

import com.hankcs.hanlp.HanLP;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps traditional characters to simplified ones and full-width ASCII to half-width, one character
 * for one character, so that every offset into the normalised text is an offset into the original.
 * HanLP tags unknown traditional characters as punctuation, so analysis must run on simplified text;
 * HanLP's own converter works on phrases and may change lengths, hence the per-character mapping.
 */
public final class ScriptNormaliser {
    private final ConcurrentHashMap<Character, Character> cache = new ConcurrentHashMap<>();

    public String normalise(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = map(text.charAt(i));
        }
        return new String(out);
    }

    public char map(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        // traditional-script reprints quote with corner brackets; the recognisers know “”
        if (c == '「' || c == '『') {
            return '“';
        }
        if (c == '」' || c == '』') {
            return '”';
        }
        if (c < 0x3400 || Character.isSurrogate(c)) {
            return c;
        }
        return cache.computeIfAbsent(c, ScriptNormaliser::simplify);
    }

    private static char simplify(char c) {
        String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
        return s.length() == 1 ? s.charAt(0) : c;
    }
}
