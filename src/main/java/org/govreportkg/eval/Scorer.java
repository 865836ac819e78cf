package org.govreportkg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores predicted entities against a {@link GoldSet} with the matching rules of the reference
 * scorer (eval/score.py): a prediction is (doc, entity, type) with all its labels; it hits the
 * first unmatched gold row that shares a normalised label and lists the type; matching an optional
 * row is neutral; a second listed type of a row the same entity already hit is neutral.
 */
public final class Scorer {

    static final List<String> TYPES = List.of("Place", "Organization", "Project");

    private final GoldSet gold;

    public Scorer(GoldSet gold) {
        this.gold = Objects.requireNonNull(gold);
    }

    /** Scores over every document of the gold set (documents without predictions score all misses). */
    public Score score(Collection<Prediction> predictions) {
        return score(predictions, gold.docs(), false);
    }

    /** As {@link #score(Collection)}; with {@code verbose} the score's errors list every fp and miss. */
    public Score score(Collection<Prediction> predictions, Collection<String> docs, boolean verbose) {
        Map<String, Map<List<String>, Set<String>>> preds = group(predictions);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String t : TYPES) {
            counts.put(t, new int[4]);
        }
        List<String> errors = new ArrayList<>();
        for (String d : new TreeSet<>(docs)) {
            List<GoldSet.Row> rows = gold.rows(d);
            String[] matched = new String[rows.size()];
            for (Map.Entry<List<String>, Set<String>> e : preds.getOrDefault(d, Map.of()).entrySet()) {
                String ent = e.getKey().get(0);
                String t = e.getKey().get(1);
                Set<String> nl = new TreeSet<>();
                for (String l : e.getValue()) {
                    String n = Labels.norm(l);
                    if (!n.isEmpty()) {
                        nl.add(n);
                    }
                }
                Integer hit = null;
                boolean opt = false, wrongType = false, sameEntity = false;
                for (int i = 0; i < rows.size(); i++) {
                    GoldSet.Row r = rows.get(i);
                    if (!intersects(r.names(), nl)) {
                        continue;
                    }
                    if (r.types().contains(t)) {
                        if (r.optional()) {
                            opt = true;
                        } else if (ent.equals(matched[i])) {
                            sameEntity = true;
                        } else if (matched[i] == null && hit == null) {
                            hit = i;
                        }
                    } else {
                        wrongType = true;
                    }
                }
                int[] c = counts.get(t);
                if (hit != null) {
                    matched[hit] = ent;
                    c[0]++;
                } else if (!opt && !sameEntity) {
                    c[1]++;
                    if (boundaryOnly(rows, t, nl)) {
                        c[3]++;
                    }
                    if (verbose) {
                        errors.add(String.join("\t", "  " + (wrongType ? "type" : "fp"), d, t,
                                String.join("|", new TreeSet<>(e.getValue()))));
                    }
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                GoldSet.Row r = rows.get(i);
                if (!r.optional() && matched[i] == null) {
                    counts.computeIfAbsent(r.primaryType(), k -> new int[4])[2]++;
                    if (verbose) {
                        errors.add(String.join("\t", "  miss", d, r.primaryType(), r.name()));
                    }
                }
            }
        }
        Map<String, Score.Counts> byType = new LinkedHashMap<>();
        counts.forEach((t, c) -> byType.put(t, new Score.Counts(c[0], c[1], c[2], c[3])));
        return new Score(byType, List.copyOf(errors));
    }

    // Python's sorted() over (entity, type) keys: predictions are visited in that order, which decides
    // which of two predictions for one gold row gets the hit.
    private static Map<String, Map<List<String>, Set<String>>> group(Collection<Prediction> predictions) {
        Map<String, Map<List<String>, Set<String>>> byDoc = new HashMap<>();
        for (Prediction p : predictions) {
            String t = Labels.shortType(p.type());
            if (t == null) {
                continue;
            }
            byDoc.computeIfAbsent(Labels.docId(p.doc()),
                            k -> new TreeMap<>((a, b) -> Arrays.compare(a.toArray(String[]::new), b.toArray(String[]::new))))
                    .computeIfAbsent(List.of(p.entity(), t), k -> new TreeSet<>())
                    .add(p.label());
        }
        return byDoc;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : b) {
            if (a.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundaryOnly(List<GoldSet.Row> rows, String t, Set<String> nl) {
        for (GoldSet.Row r : rows) {
            if (!r.types().contains(t)) {
                continue;
            }
            for (String n : nl) {
                if (n.length() < 2) {
                    continue;
                }
                for (String g : r.names()) {
                    if (g.contains(n) || n.contains(g)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
