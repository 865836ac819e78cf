package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training the learned name model on annotated excerpts (the invented fixture folder {@code extract/annotated}),
 * and the span probabilities its CRF gives, checked against brute-force sums over every labelling.
 */
class NameModelTrainerTest {
    private static NameModelTrainer.Result trained;
    private static SpanConfidenceCrf model;

    @BeforeAll
    static void train(@TempDir Path dir) throws IOException, URISyntaxException {
        Path annotated = Path.of(NameModelTrainerTest.class.getResource("/extract/annotated").toURI());
        trained = new NameModelTrainer(60, 1, 0).train(List.of(annotated), dir.resolve("names.bin.gz"));
        try (InputStream in = Files.newInputStream(trained.model())) {
            model = SpanConfidenceCrf.read(in, trained.model().toString());
        }
    }

    @Test
    void everyRequiredNameIsLabelledWhereverItOccursLongestFirst() {
        // 8 in the 青泉 excerpt (青泉大道 twice, 我镇 left to the deixis step), 7 in the 白石 one (润泽光电 twice)
        assertEquals(2, trained.documents());
        assertEquals(15, trained.mentions());
    }

    @Test
    void theTrainedModelLabelsTheNamesItWasTrainedOn() {
        String sentence = "今年，全力推进禾丰源食品二期项目，加快茂川机械智能工厂建设，青泉大道北段完成铺设。";
        Set<String> names = spans(sentence).stream().filter(s -> s.probability() > 0.5)
                .map(s -> sentence.substring(s.start(), s.end()) + "/" + s.type()).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("禾丰源食品二期项目/PR", "茂川机械智能工厂/PR")), names.toString());
    }

    @Test
    void theProbabilitiesOfAllLabellingsSumToOne() {
        String[][] rows = CharacterFeatures.rows("建成青泉", Recognised.tokens("建成青泉"));
        double sum = 0;
        for (String[] labels : allLabellings(rows.length)) {
            sum += model.probability(rows, labels);
        }
        assertEquals(1.0, sum, 1e-9);
    }

    @Test
    void aSpansProbabilityIsTheMassOfTheLabellingsThatHaveExactlyThatSpan() {
        String sentence = "云溪湿地";
        String[][] rows = CharacterFeatures.rows(sentence, Recognised.tokens(sentence));
        for (SpanConfidenceCrf.Span span : model.spans(rows)) {
            double mass = 0;
            for (String[] labels : allLabellings(rows.length)) {
                if (hasExactly(labels, span)) {
                    mass += model.probability(rows, labels);
                }
            }
            assertEquals(mass, span.probability(), 1e-9, span.toString());
        }
        assertTrue(!model.spans(rows).isEmpty(), "the model should label something in " + sentence);
    }

    @Test
    void pruningDropsWeakFeaturesAndKeepsTheNamesLabelled(@TempDir Path dir) throws IOException, URISyntaxException {
        Path annotated = Path.of(NameModelTrainerTest.class.getResource("/extract/annotated").toURI());
        Path pruned = new NameModelTrainer(60, 1, 0.05).train(List.of(annotated), dir.resolve("pruned.bin.gz")).model();
        assertTrue(Files.size(pruned) < Files.size(trained.model()) * 0.8,
                Files.size(pruned) + " bytes pruned against " + Files.size(trained.model()));
        SpanConfidenceCrf small;
        try (InputStream in = Files.newInputStream(pruned)) {
            small = SpanConfidenceCrf.read(in, pruned.toString());
        }
        String sentence = "今年，全力推进禾丰源食品二期项目，加快茂川机械智能工厂建设，青泉大道北段完成铺设。";
        Set<String> names = small.spans(CharacterFeatures.rows(sentence, Recognised.tokens(sentence))).stream()
                .map(s -> sentence.substring(s.start(), s.end())).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("禾丰源食品二期项目", "茂川机械智能工厂")), names.toString());
    }

    @Test
    void aModelThatIsNoGzippedCrfIsRefusedByName(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.bin.gz"), "not a model");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            try (InputStream in = Files.newInputStream(bad)) {
                SpanConfidenceCrf.read(in, bad.toString());
            }
        });
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    }

    @Test
    void aFolderWithoutTextsAndGoldIsRefusedByName(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NameModelTrainer(5, 1, 0).train(List.of(dir), dir.resolve("m.bin")));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void anUnknownTypeIsRefusedNamingTheGoldFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("texts"));
        Files.createDirectories(dir.resolve("gold"));
        Files.writeString(dir.resolve("texts/x-2030.txt"), "甲乙公司开业。");
        Files.writeString(dir.resolve("gold/x-2030.gold.tsv"), "type\tname\taliases\tstatus\nPerson\t甲乙\t\trequired\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NameModelTrainer(5, 1, 0).train(List.of(dir), dir.resolve("m.bin")));
        assertTrue(e.getMessage().contains("x-2030.gold.tsv") && e.getMessage().contains("Person"), e.getMessage());
    }

    private static List<SpanConfidenceCrf.Span> spans(String sentence) {
        return model.spans(CharacterFeatures.rows(sentence, Recognised.tokens(sentence)));
    }

    private static boolean hasExactly(String[] labels, SpanConfidenceCrf.Span span) {
        if (!labels[span.start()].equals("B-" + span.type())) {
            return false;
        }
        for (int i = span.start() + 1; i < span.end(); i++) {
            if (!labels[i].equals("I-" + span.type())) {
                return false;
            }
        }
        return span.end() == labels.length || !labels[span.end()].equals("I-" + span.type());
    }

    private static List<String[]> allLabellings(int n) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[0]);
        for (int i = 0; i < n; i++) {
            List<String[]> longer = new ArrayList<>();
            for (String[] prefix : out) {
                for (String tag : model.tags()) {
                    String[] l = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                    l[prefix.length] = tag;
                    longer.add(l);
                }
            }
            out = longer;
        }
        return out;
    }
}
