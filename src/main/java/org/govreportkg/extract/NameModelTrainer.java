package org.govreportkg.extract;

import com.hankcs.hanlp.model.crf.crfpp.crf_learn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.govreportkg.ingest.ScriptNormaliser;

/**
 * Trains the model behind the learned name step from annotated excerpts: folders that hold
 * {@code texts/<doc>.txt} and {@code gold/<doc>.gold.tsv} in the evaluation format. Every required name and
 * alias is labelled wherever it occurs in its document's sentences (longest first); optional rows stay
 * unlabelled, as do deictic forms (我市), which their own step resolves. Training runs HanLP's port of CRF++;
 * the model is written gzipped in the compact form {@link SpanConfidenceCrf} reads.
 */
public final class NameModelTrainer {
    /** What a training run read and wrote. */
    public record Result(int documents, int sentences, int mentions, int features, Path model) {
    }

    private static final String TEMPLATE = "/extract/learned-names.template";
    private static final Pattern REF = Pattern.compile("%x\\[(-?\\d+),(\\d+)\\]");
    private final ScriptNormaliser normaliser = new ScriptNormaliser();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Segmenter segmenter = new Segmenter();
    private final TokenRefiner refiner = new TokenRefiner();
    private final int iterations;
    private final int minFeatureCount;
    private final double minWeight;

    /**
     * {@code iterations}: L-BFGS rounds; {@code minFeatureCount}: features seen fewer times are dropped before
     * training; {@code minWeight}: features whose weights all stay below it are dropped after (most of them,
     * which keeps the bundled model small).
     */
    public NameModelTrainer(int iterations, int minFeatureCount, double minWeight) {
        if (iterations < 1 || minFeatureCount < 1 || minWeight < 0) {
            throw new IllegalArgumentException("iterations and minimum feature count must be positive, minimum weight not negative");
        }
        this.iterations = iterations;
        this.minFeatureCount = minFeatureCount;
        this.minWeight = minWeight;
    }

    public Result train(List<Path> folders, Path model) throws IOException {
        Path work = Files.createTempDirectory("name-model");
        try {
            Path data = work.resolve("train.txt");
            int[] counts = writeTrainingData(folders, data);
            if (counts[2] == 0) {
                throw new IllegalArgumentException("no required names found in " + folders);
            }
            Path template = work.resolve("template");
            try (InputStream in = NameModelTrainer.class.getResourceAsStream(TEMPLATE)) {
                Files.copy(in, template);
            }
            Path crf = work.resolve("model");
            boolean ok = crf_learn.run(new String[] {"-f", String.valueOf(minFeatureCount), "-c", "4", "-m",
                    String.valueOf(iterations), "-t", template.toString(), data.toString(), crf.toString()});
            Path text = work.resolve("model.txt");
            if (!ok || !Files.exists(text)) {
                throw new IllegalStateException("CRF training failed on " + folders);
            }
            Path parent = model.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            int features = compact(text, model);
            return new Result(counts[0], counts[1], counts[2], features, model);
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Converts a CRF++ text model into the format {@link SpanConfidenceCrf} reads (gzipped), without the features
     * whose weights all stay below {@link #minWeight}.
     */
    private int compact(Path text, Path model) throws IOException {
        List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
        int at = 0;
        while (!lines.get(at).isEmpty()) {
            at++; // version, cost factor, maxid, xsize
        }
        List<String> tags = new ArrayList<>();
        for (at++; !lines.get(at).isEmpty(); at++) {
            tags.add(lines.get(at));
        }
        Map<String, List<String>> templates = new LinkedHashMap<>();
        for (at++; !lines.get(at).isEmpty(); at++) {
            String t = lines.get(at);
            if (!t.equals("B")) {
                List<String> refs = new ArrayList<>();
                Matcher m = REF.matcher(t);
                while (m.find()) {
                    refs.add(m.group(1) + "," + m.group(2));
                }
                templates.put(t.substring(0, t.indexOf(':')), refs);
            }
        }
        List<String> features = new ArrayList<>();
        for (at++; !lines.get(at).isEmpty(); at++) {
            features.add(lines.get(at));
        }
        List<String> weights = lines.subList(at + 1, lines.size()).stream().filter(l -> !l.isEmpty()).toList();
        int k = tags.size(), kept = 0;
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(model)), StandardCharsets.UTF_8))) {
            out.write(SpanConfidenceCrf.FORMAT + "\n");
            out.write("tags\t" + String.join("\t", tags) + "\n");
            for (Map.Entry<String, List<String>> t : templates.entrySet()) {
                out.write("template\t" + t.getKey() + "\t" + String.join("\t", t.getValue()) + "\n");
            }
            StringBuilder rows = new StringBuilder();
            String transitions = null;
            for (String feature : features) {
                int space = feature.indexOf(' ');
                int id = Integer.parseInt(feature.substring(0, space));
                String name = feature.substring(space + 1);
                if (name.equals("B")) {
                    transitions = String.join(" ", weights.subList(id, id + k * k));
                    continue;
                }
                List<String> own = weights.subList(id, id + k);
                int colon = name.indexOf(':');
                List<String> refs = templates.get(name.substring(0, colon));
                String[] values = name.substring(colon + 1).split("/", -1);
                if (refs == null || values.length != refs.size()
                        || own.stream().allMatch(w -> Math.abs(Double.parseDouble(w)) < minWeight)) {
                    continue;
                }
                rows.append(name, 0, colon).append('\t').append(String.join("\t", values)).append('\t')
                        .append(String.join(" ", own)).append('\n');
                kept++;
            }
            if (transitions == null) {
                throw new IllegalStateException("CRF model " + text + " has no transition weights");
            }
            out.write("transitions\t" + transitions + "\n");
            out.write(rows.toString());
        }
        return kept;
    }

    private int[] writeTrainingData(List<Path> folders, Path data) throws IOException {
        int documents = 0, sentences = 0, mentions = 0;
        try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
            for (Path folder : folders) {
                Path texts = folder.resolve("texts"), gold = folder.resolve("gold");
                if (!Files.isDirectory(texts) || !Files.isDirectory(gold)) {
                    throw new IllegalArgumentException(folder + ": expected texts/ and gold/ folders");
                }
                List<Path> files;
                try (Stream<Path> list = Files.list(texts)) {
                    files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                }
                for (Path file : files) {
                    String doc = file.getFileName().toString().replaceFirst("\\.txt$", "");
                    Path annotations = gold.resolve(doc + ".gold.tsv");
                    if (!Files.exists(annotations)) {
                        continue;
                    }
                    documents++;
                    List<String[]> names = requiredNames(annotations);
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    for (Sentence s : splitter.split(text, normaliser.normalise(text))) {
                        String[] labels = new String[s.text().length()];
                        mentions += label(s.text(), names, labels);
                        String[][] rows = CharacterFeatures.rows(s.text(), refiner.refine(segmenter.segment(s.text())));
                        for (int j = 0; j < rows.length; j++) {
                            rows[j][rows[j].length - 1] = labels[j];
                            out.write(String.join("\t", rows[j]));
                            out.newLine();
                        }
                        out.newLine();
                        sentences++;
                    }
                }
            }
        }
        return new int[] {documents, sentences, mentions};
    }

    /** Name and label pairs of the required rows, longest first. */
    private List<String[]> requiredNames(Path annotations) throws IOException {
        List<String[]> names = new ArrayList<>();
        for (String line : Files.readAllLines(annotations, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f[0].equals("type") || !f[3].trim().equals("required")) {
                continue;
            }
            String label = labelOf(f[0].split("\\|")[0].trim(), annotations);
            List<String> forms = new ArrayList<>(List.of(f[1]));
            if (!f[2].isBlank()) {
                forms.addAll(Arrays.asList(f[2].split("\\|")));
            }
            for (String form : forms) {
                String name = normaliser.normalise(form.trim());
                // a listed expansion (甲、乙等园区) is no contiguous name; 我市 belongs to the deixis step
                if (name.length() >= 2 && !name.contains("、") && !name.contains("等")
                        && !LearnedNameRecogniser.isDeictic(name)) {
                    names.add(new String[] {name, label});
                }
            }
        }
        names.sort(Comparator.comparingInt((String[] n) -> n[0].length()).reversed());
        return names;
    }

    private static String labelOf(String type, Path annotations) {
        return switch (type) {
            case "Place" -> "PL";
            case "Organization" -> "OR";
            case "Project" -> "PR";
            default -> throw new IllegalArgumentException(annotations + ": unknown type " + type);
        };
    }

    private static int label(String sentence, List<String[]> names, String[] labels) {
        Arrays.fill(labels, "O");
        int mentions = 0;
        for (String[] name : names) {
            for (int i = sentence.indexOf(name[0]); i >= 0; i = sentence.indexOf(name[0], i + 1)) {
                int end = i + name[0].length();
                boolean free = true;
                for (int j = i; j < end && free; j++) {
                    free = labels[j].equals("O");
                }
                if (free) {
                    for (int j = i; j < end; j++) {
                        labels[j] = (j == i ? "B-" : "I-") + name[1];
                    }
                    mentions++;
                }
            }
        }
        return mentions;
    }
}
