package org.govreportkg.graph;

/**
 * Converts UTF-16 offsets (Java's) to Unicode code-point offsets (NIF's and SPARQL's). Reports are
 * almost always free of supplementary characters, so that case costs nothing.
 */
final class CodePoints {
    private final int[] before;   // before[i] = code points in text[0, i); null when identical to i

    CodePoints(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            before = null;
            return;
        }
        before = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            before[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            }
        }
        before[text.length()] = cp;
    }

    int at(int utf16Offset) {
        return before == null ? utf16Offset : before[utf16Offset];
    }
}
