package org.govreportkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A linear-chain CRF (trained by HanLP's port of CRF++, see {@link NameModelTrainer}) that gives the best
 * labelling's spans each their probability, so that only spans the model is sure of are proposed. It runs on every
 * sentence, so features are looked up by numeric keys (template, value ids) rather than built as strings, and
 * probabilities come from a forward-backward pass in scaled probability space.
 */
final class SpanConfidenceCrf {
    /** A labelled span [start,end) of type {@code type} (the label without its B-/I- prefix) and its probability. */
    record Span(int start, int end, String type, double probability) {
    }

    static final String FORMAT = "govreport-kg name model 1";
    /** Feature keys pack a template and two value ids into an int, which keeps the lookup table in cache. */
    private static final int TEMPLATE_BITS = 5;
    private static final int VALUE_BITS = 13;

    private final String[] tags;
    private final Map<String, Integer> tagIds = new HashMap<>();
    /** Per template, its (row offset, column) pairs. */
    private final int[][][] refs;
    private final double[][] matrix;
    /** exp(matrix), flat. */
    private final double[] move;
    /** For each B- tag, its I- tag; -1 for every other tag (a B- tag without one could only label single characters). */
    private final int[] inside;
    private final Map<String, Integer> valueIds;
    /** The ids of one-character values, by character: most values are characters, looked up for every position. */
    private final int[] charIds = new int[Character.MAX_VALUE + 1];
    private final IntIntMap features;
    private final double[] weights;

    private SpanConfidenceCrf(String[] tags, int[][][] refs, double[][] matrix, Map<String, Integer> valueIds,
                              IntIntMap features, double[] weights) {
        this.tags = tags;
        for (int i = 0; i < tags.length; i++) {
            tagIds.put(tags[i], i);
        }
        this.refs = refs;
        this.matrix = matrix;
        int k = tags.length;
        this.move = new double[k * k];
        this.inside = new int[k];
        for (int p = 0; p < k; p++) {
            for (int t = 0; t < k; t++) {
                move[p * k + t] = Math.exp(matrix[p][t]);
            }
            inside[p] = tags[p].startsWith("B-") ? tagIds.getOrDefault("I-" + tags[p].substring(2), -1) : -1;
        }
        this.valueIds = valueIds;
        Arrays.fill(charIds, -1);
        valueIds.forEach((v, id) -> {
            if (v.length() == 1) {
                charIds[v.charAt(0)] = id;
            }
        });
        this.features = features;
        this.weights = weights;
    }

    /** Reads a gzipped model in the format {@link NameModelTrainer} writes; {@code source} names it in errors. */
    static SpanConfidenceCrf read(InputStream in, String source) throws IOException {
        if (in == null) {
            throw new IllegalStateException("missing learned name model " + source);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            if (!FORMAT.equals(r.readLine())) {
                throw new IllegalStateException("unreadable learned name model " + source + ": not a " + FORMAT);
            }
            String[] tags = field(r.readLine(), "tags", source);
            int k = tags.length;
            List<int[][]> refs = new ArrayList<>();
            Map<String, Integer> templateIds = new HashMap<>();
            String line = r.readLine();
            while (line != null && line.startsWith("template\t")) {
                String[] f = line.split("\t");
                int[][] pairs = new int[f.length - 2][];
                for (int i = 2; i < f.length; i++) {
                    String[] oc = f[i].split(",");
                    pairs[i - 2] = new int[] {Integer.parseInt(oc[0]), Integer.parseInt(oc[1])};
                }
                templateIds.put(f[1], refs.size());
                refs.add(pairs);
                line = r.readLine();
            }
            String[] moves = field(line, "transitions", source);
            double[][] matrix = new double[k][k];
            for (int i = 0; i < k * k; i++) {
                matrix[i / k][i % k] = Double.parseDouble(moves[i]);
            }
            Map<String, Integer> valueIds = new HashMap<>();
            IntIntMap features = new IntIntMap(1 << 16);
            List<double[]> weights = new ArrayList<>();
            for (line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                Integer t = templateIds.get(f[0]);
                if (t == null || f.length != refs.get(t).length + 2) {
                    throw new IllegalStateException("unreadable learned name model " + source + ": bad feature " + line);
                }
                int[] ids = new int[2];
                Arrays.fill(ids, -1);
                for (int i = 1; i < f.length - 1; i++) {
                    ids[i - 1] = valueIds.computeIfAbsent(f[i], v -> valueIds.size());
                }
                String[] w = f[f.length - 1].split(" ");
                double[] own = new double[k];
                for (int i = 0; i < k; i++) {
                    own[i] = Double.parseDouble(w[i]);
                }
                if (valueIds.size() >= (1 << VALUE_BITS) - 1 || refs.size() > (1 << TEMPLATE_BITS)) {
                    throw new IllegalStateException("learned name model " + source + " has more than "
                            + ((1 << VALUE_BITS) - 2) + " feature values or " + (1 << TEMPLATE_BITS) + " templates");
                }
                features.put(key(t, ids[0], ids[1]), weights.size());
                weights.add(own);
            }
            double[] flat = new double[weights.size() * k];
            for (int i = 0; i < weights.size(); i++) {
                System.arraycopy(weights.get(i), 0, flat, i * k, k);
            }
            return new SpanConfidenceCrf(tags, refs.toArray(new int[0][][]), matrix, valueIds, features, flat);
        } catch (ZipException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("unreadable learned name model " + source + ": " + e.getMessage(), e);
        }
    }

    private static String[] field(String line, String name, String source) {
        if (line == null || !line.startsWith(name + "\t")) {
            throw new IllegalStateException("unreadable learned name model " + source + ": expected " + name);
        }
        return line.substring(name.length() + 1).split("[\t ]");
    }

    private static int key(int template, int first, int second) {
        return template | ((first + 1) << TEMPLATE_BITS) | ((second + 1) << (TEMPLATE_BITS + VALUE_BITS));
    }

    /**
     * The best labelling's spans with their probabilities: Viterbi in log space for the labelling, a scaled
     * forward-backward pass (no logarithms or exponentials in its inner loops) for the probabilities. Arrays are
     * flat, position-major ({@code [i * k + tag]}), as this runs on every sentence.
     */
    List<Span> spans(String[][] rows) {
        int n = rows.length, k = tags.length;
        List<Span> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        double[] net = net(rows);
        int[] best = viterbi(net, n);
        double[] emit = new double[n * k];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < k; t++) {
                max = Math.max(max, net[i * k + t]);
            }
            for (int t = 0; t < k; t++) {
                emit[i * k + t] = Math.exp(net[i * k + t] - max); // a factor shared by every path cancels out
            }
        }
        double[] alpha = new double[n * k], beta = new double[n * k], scale = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int t = 0; t < k; t++) {
                double a = 1;
                if (i > 0) {
                    a = 0;
                    for (int p = 0; p < k; p++) {
                        a += alpha[(i - 1) * k + p] * move[p * k + t];
                    }
                }
                alpha[i * k + t] = a * emit[i * k + t];
                sum += alpha[i * k + t];
            }
            scale[i] = sum;
            for (int t = 0; t < k; t++) {
                alpha[i * k + t] /= sum;
            }
        }
        Arrays.fill(beta, (n - 1) * k, n * k, 1);
        for (int i = n - 2; i >= 0; i--) {
            for (int t = 0; t < k; t++) {
                double b = 0;
                for (int m = 0; m < k; m++) {
                    b += move[t * k + m] * emit[(i + 1) * k + m] * beta[(i + 1) * k + m];
                }
                beta[i * k + t] = b / scale[i + 1];
            }
        }
        for (int i = 0; i < n; i++) {
            if (inside[best[i]] < 0) {
                continue;
            }
            int in = inside[best[i]];
            int end = i + 1, prev = best[i];
            double p = alpha[i * k + prev];
            while (end < n && best[end] == in) {
                p *= move[prev * k + in] * emit[end * k + in] / scale[end];
                prev = in;
                end++;
            }
            if (end < n) {
                double tail = 0;
                for (int m = 0; m < k; m++) {
                    if (m != in) {
                        tail += move[prev * k + m] * emit[end * k + m] * beta[end * k + m];
                    }
                }
                p *= tail / scale[end];
            }
            out.add(new Span(i, end, tags[best[i]].substring(2), p));
        }
        return out;
    }

    /** The probability of one whole labelling of the rows (computed the slow way, in log space, for checking). */
    double probability(String[][] rows, String[] labels) {
        double[] net = net(rows);
        int n = rows.length, k = tags.length;
        double[] alpha = Arrays.copyOf(net, k), next = new double[k], terms = new double[k];
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < k; t++) {
                for (int p = 0; p < k; p++) {
                    terms[p] = alpha[p] + matrix[p][t];
                }
                next[t] = logSumExp(terms) + net[i * k + t];
            }
            alpha = next.clone();
        }
        double score = net[tagIds.get(labels[0])];
        for (int i = 1; i < n; i++) {
            score += matrix[tagIds.get(labels[i - 1])][tagIds.get(labels[i])] + net[i * k + tagIds.get(labels[i])];
        }
        return Math.exp(score - logSumExp(alpha));
    }

    /** The tags the model knows. */
    List<String> tags() {
        return List.of(tags);
    }

    /** Each position's score for each tag: the sum of the weights of the features that fire there. */
    private double[] net(String[][] rows) {
        int n = rows.length, k = tags.length, columns = rows[0].length - 1;
        int[][] ids = new int[columns][n];
        for (int c = 0; c < columns; c++) {
            for (int i = 0; i < n; i++) {
                String v = rows[i][c];
                ids[c][i] = v.length() == 1 ? charIds[v.charAt(0)] : valueIds.getOrDefault(v, -1);
            }
        }
        double[] net = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < refs.length; t++) {
                int[][] pairs = refs[t];
                int first = value(ids, pairs[0], i, n);
                int second = pairs.length > 1 ? value(ids, pairs[1], i, n) : -1;
                if (first < 0 || (pairs.length > 1 && second < 0)) {
                    continue;
                }
                int f = features.get(key(t, first, second));
                if (f >= 0) {
                    for (int tag = 0; tag < k; tag++) {
                        net[i * k + tag] += weights[f * k + tag];
                    }
                }
            }
        }
        return net;
    }

    /** The value id at a row offset; beyond the sentence, CRF++'s boundary values (_B-1, _B+1). */
    private int value(int[][] ids, int[] pair, int i, int n) {
        int j = i + pair[0];
        if (j >= 0 && j < n) {
            return ids[pair[1]][j];
        }
        return valueIds.getOrDefault(j < 0 ? "_B" + j : "_B+" + (j - n + 1), -1);
    }

    private int[] viterbi(double[] net, int n) {
        int k = tags.length;
        double[] score = Arrays.copyOf(net, n * k);
        int[] from = new int[n * k];
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < k; t++) {
                double top = Double.NEGATIVE_INFINITY;
                for (int p = 0; p < k; p++) {
                    double v = score[(i - 1) * k + p] + matrix[p][t];
                    if (v > top) {
                        top = v;
                        from[i * k + t] = p;
                    }
                }
                score[i * k + t] = top + net[i * k + t];
            }
        }
        int[] best = new int[n];
        for (int t = 1; t < k; t++) {
            if (score[(n - 1) * k + t] > score[(n - 1) * k + best[n - 1]]) {
                best[n - 1] = t;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            best[i - 1] = from[i * k + best[i]];
        }
        return best;
    }

    private static double logSumExp(double[] xs) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (double x : xs) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum);
    }

    /** Open-addressing map from positive int keys to non-negative ints; -1 when absent. */
    private static final class IntIntMap {
        private int[] keys;
        private int[] values;
        private int size;

        IntIntMap(int capacity) {
            keys = new int[capacity];
            values = new int[capacity];
        }

        void put(int key, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int slot = slot(key, keys.length);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (keys[slot] == 0) {
                size++;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        int get(int key) {
            int slot = slot(key, keys.length);
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return -1;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(int key, int length) {
            return ((key * 0x9E3779B9) >>> 12) & (length - 1);
        }
    }
}
