package org.govreportkg.eval;

/** One row of the prediction format: an entity's label in a document under one type. */
public record Prediction(String doc, String entity, String type, String label) {

    /** The row as the tab-separated line of {@code export entities}. */
    public String toTsv() {
        return String.join("\t", clean(doc), clean(entity), clean(type), clean(label));
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Parses a TSV line; null for lines with fewer than four columns (the reference scorer skips them). */
    public static Prediction parse(String line) {
        String[] p = line.split("\t", -1);
        return p.length < 4 ? null : new Prediction(p[0], p[1], p[2], p[3]);
    }
}
