package org.govreportkg.eval;

import java.util.regex.Pattern;

/** Label normalisation and document ids exactly as the reference scorer (eval/score.py) does them. */
final class Labels {
    private static final Pattern STRIP =
            Pattern.compile("[\\s“”\"'‘’「」『』《》〈〉()（）\\[\\]【】<>·•、,，。]");

    private Labels() {
    }

    static String norm(String s) {
        StringBuilder sb = new StringBuilder();
        s.strip().codePoints().forEach(c -> sb.appendCodePoint(c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c));
        return STRIP.matcher(sb).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    static String docId(String s) {
        String base = s.strip();
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        for (String ext : new String[] {".gold.tsv", ".txt", ".html", ".htm"}) {
            if (base.endsWith(ext)) {
                base = base.substring(0, base.length() - ext.length());
            }
        }
        return base;
    }

    /** Place / Organization / Project, also from a full IRI ending in one of them; null otherwise. */
    static String shortType(String t) {
        String s = t.strip();
        for (String k : Scorer.TYPES) {
            if (s.equals(k) || s.endsWith("#" + k) || s.endsWith("/" + k)) {
                return k;
            }
        }
        return null;
    }
}
