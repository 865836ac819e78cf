package org.govreportkg.extract;

import com.hankcs.hanlp.corpus.io.ByteArray;
import com.hankcs.hanlp.model.crf.CRFModel;
import com.hankcs.hanlp.model.crf.Table;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A CRF++ model that, beyond HanLP's best labelling, gives each labelled span its probability (forward-backward
 * over the whole sentence), so that only spans the model is sure of are proposed.
 */
final class SpanConfidenceCrf extends CRFModel {
    /** A labelled span [start,end) of type {@code type} (the label without its B-/I- prefix) and its probability. */
    record Span(int start, int end, String type, double probability) {
    }

    /** Reads a gzipped model in HanLP's binary CRF form; {@code source} names it in errors. */
    static SpanConfidenceCrf read(InputStream in, String source) throws IOException {
        if (in == null) {
            throw new IllegalStateException("missing learned name model " + source);
        }
        SpanConfidenceCrf model = new SpanConfidenceCrf();
        byte[] bytes;
        try (InputStream unzipped = new GZIPInputStream(in)) {
            bytes = unzipped.readAllBytes();
        } catch (ZipException e) {
            throw new IllegalStateException("unreadable learned name model " + source + ": " + e.getMessage(), e);
        }
        if (!model.load(new ByteArray(bytes))) {
            throw new IllegalStateException("unreadable learned name model " + source);
        }
        return model;
    }

    List<Span> spans(String[][] rows) {
        Table table = new Table();
        table.v = rows;
        tag(table);
        int n = rows.length, k = id2tag.length;
        double[][] net = net(table);
        double[][] alpha = new double[n][k], beta = new double[n][k];
        alpha[0] = net[0].clone();
        double[] terms = new double[k];
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < k; t++) {
                for (int p = 0; p < k; p++) {
                    terms[p] = alpha[i - 1][p] + matrix[p][t];
                }
                alpha[i][t] = logSumExp(terms) + net[i][t];
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int t = 0; t < k; t++) {
                for (int m = 0; m < k; m++) {
                    terms[m] = matrix[t][m] + net[i + 1][m] + beta[i + 1][m];
                }
                beta[i][t] = logSumExp(terms);
            }
        }
        double logZ = logSumExp(alpha[n - 1]);
        List<Span> out = new ArrayList<>();
        int last = rows[0].length - 1;
        for (int i = 0; i < n; i++) {
            String label = rows[i][last];
            if (!label.startsWith("B-")) {
                continue;
            }
            String type = label.substring(2);
            Integer inside = getTagId("I-" + type);
            int b = getTagId(label), end = i + 1;
            double score = alpha[i][b];
            int prev = b;
            while (end < n && rows[end][last].equals("I-" + type)) {
                score += matrix[prev][inside] + net[end][inside];
                prev = inside;
                end++;
            }
            double tail;
            if (end == n) {
                tail = 0;
            } else {
                double[] next = new double[k];
                for (int m = 0; m < k; m++) {
                    next[m] = inside != null && m == inside ? Double.NEGATIVE_INFINITY
                            : matrix[prev][m] + net[end][m] + beta[end][m];
                }
                tail = logSumExp(next);
            }
            out.add(new Span(i, end, type, Math.exp(score + tail - logZ)));
        }
        return out;
    }

    /** The probability of one whole labelling of the rows (labels without the rows' last column). */
    double probability(String[][] rows, String[] labels) {
        Table table = new Table();
        table.v = rows;
        double[][] net = net(table);
        int n = rows.length, k = id2tag.length;
        double[] alpha = net[0].clone(), next = new double[k], terms = new double[k];
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < k; t++) {
                for (int p = 0; p < k; p++) {
                    terms[p] = alpha[p] + matrix[p][t];
                }
                next[t] = logSumExp(terms) + net[i][t];
            }
            alpha = next.clone();
        }
        double score = net[0][getTagId(labels[0])];
        for (int i = 1; i < n; i++) {
            score += matrix[getTagId(labels[i - 1])][getTagId(labels[i])] + net[i][getTagId(labels[i])];
        }
        return Math.exp(score - logSumExp(alpha));
    }

    /** The tags the model knows. */
    List<String> tags() {
        return List.of(id2tag);
    }

    private double[][] net(Table table) {
        int n = table.size(), k = id2tag.length;
        double[][] net = new double[n][k];
        for (int i = 0; i < n; i++) {
            LinkedList<double[]> scores = computeScoreList(table, i);
            for (int t = 0; t < k; t++) {
                net[i][t] = computeScore(scores, t);
            }
        }
        return net;
    }

    private static double logSumExp(double[] xs) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            max = Math.max(max, x);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double x : xs) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum);
    }
}
