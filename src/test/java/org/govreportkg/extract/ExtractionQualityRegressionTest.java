package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.govreportkg.eval.GoldSet;
import org.govreportkg.eval.Prediction;
import org.govreportkg.eval.Score;
import org.govreportkg.eval.Scorer;
import org.junit.jupiter.api.Test;

/** Guards the level reached on the development gold: fails if dev micro F1 drops. */
class ExtractionQualityRegressionTest {
    /** Dev micro F1 reached with these rules, minus 0.01. */
    private static final double FLOOR = 0.72;

    @Test
    void devMicroF1StaysAtTheLevelReached() {
        List<Prediction> preds = new ArrayList<>();
        for (String doc : DevCorpus.GOLD_DOCS) {
            for (String row : DevCorpus.predictionRows(ReportExtractor.standard().extract(DevCorpus.load(doc)))) {
                preds.add(Prediction.parse(row));
            }
        }
        Score score = new Scorer(GoldSet.load(Path.of("src/test/resources/gold"))).score(preds);
        score.report().forEach(System.out::println);
        assertTrue(score.microF1() >= FLOOR, "dev micro F1 " + score.microF1() + " fell below " + FLOOR);
    }

    @Test
    void everyMentionIsExactlyItsTextAndInsideItsSentence() {
        for (String doc : DevCorpus.ALL_DOCS) {
            Extraction x = ReportExtractor.standard().extract(DevCorpus.load(doc));
            String text = x.report().text();
            for (Entity e : x.entities()) {
                for (Mention m : e.mentions()) {
                    assertEquals(m.text(), text.substring(m.start(), m.end()), doc);
                }
            }
        }
    }
}
