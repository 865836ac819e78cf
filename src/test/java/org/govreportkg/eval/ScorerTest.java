package org.govreportkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The expected figures were computed with the reference scorer on the same fixture:
 * {@code python3 eval/score.py src/test/resources/eval/gold src/test/resources/eval/predictions.tsv --verbose}.
 */
class ScorerTest {

    private static final Path FIXTURE = Path.of("src/test/resources/eval");

    private static Score scoreFixture(boolean verbose) throws IOException {
        GoldSet gold = GoldSet.load(FIXTURE.resolve("gold"));
        List<Prediction> preds = Files.readAllLines(FIXTURE.resolve("predictions.tsv"), StandardCharsets.UTF_8)
                .stream().map(Prediction::parse).filter(Objects::nonNull).toList();
        return new Scorer(gold).score(preds, gold.docs(), verbose);
    }

    @Test
    void perTypeCountsMatchTheReferenceScorer() throws IOException {
        Score s = scoreFixture(false);
        assertEquals(new Score.Counts(4, 1, 0, 0), s.of("Place"));
        assertEquals(new Score.Counts(1, 2, 2, 0), s.of("Organization"));
        assertEquals(new Score.Counts(1, 2, 0, 2), s.of("Project"));
    }

    @Test
    void lastLineIsTheMicroAverageInTheReferenceFormat() throws IOException {
        List<String> report = scoreFixture(false).report();
        assertEquals("micro F1 0.632 P 0.545 R 0.750", report.get(report.size() - 1));
        assertEquals("Place         tp    4 fp    1 fn    0  P 0.800 R 1.000 F1 0.889  (boundary-only errors among fp: 0)",
                report.get(0));
    }

    @Test
    void verboseListsWrongTypesFalseAlarmsAndMisses() throws IOException {
        List<String> errors = scoreFixture(true).errors();
        assertTrue(errors.contains("  type\tsample-2020\tPlace\t鹏城实验室"), errors.toString());
        assertTrue(errors.contains("  fp\tsample-2020\tOrganization\t大会作政府"), errors.toString());
        assertTrue(errors.contains("  miss\tother-2018\tOrganization\t区政协"), errors.toString());
        assertEquals(7, errors.size());
    }

    @Test
    void missingGoldFolderIsAnErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoldSet.load(Path.of("no/such/gold")));
        assertTrue(e.getMessage().contains("no/such/gold"), e.getMessage());
    }
}
