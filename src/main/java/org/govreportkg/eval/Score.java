package org.govreportkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Per-type counts and the micro average, printed exactly as eval/score.py prints them. */
public record Score(Map<String, Counts> byType, List<String> errors) {

    public record Counts(int tp, int fp, int fn, int boundaryOnly) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public Counts micro() {
        int tp = 0, fp = 0, fn = 0, b = 0;
        for (Counts c : byType.values()) {
            tp += c.tp;
            fp += c.fp;
            fn += c.fn;
            b += c.boundaryOnly;
        }
        return new Counts(tp, fp, fn, b);
    }

    public double microF1() {
        return micro().f1();
    }

    public Counts of(String type) {
        return byType.get(type);
    }

    /** The table; the last line is {@code micro F1 <f> P <p> R <r>}. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        for (String t : Scorer.TYPES) {
            Counts c = byType.get(t);
            lines.add(String.format(Locale.ROOT,
                    "%-13s tp %4d fp %4d fn %4d  P %.3f R %.3f F1 %.3f  (boundary-only errors among fp: %d)",
                    t, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1(), c.boundaryOnly));
        }
        Counts m = micro();
        lines.add(String.format(Locale.ROOT, "micro F1 %.3f P %.3f R %.3f", m.f1(), m.precision(), m.recall()));
        return lines;
    }
}
