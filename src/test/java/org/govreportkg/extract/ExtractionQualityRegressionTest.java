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
import com.hankcs.hanlp.HanLP;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;
import org.junit.jupiter.api.Test;

/** Guards the level reached on the development gold: fails if dev micro F1 drops. */
class ExtractionQualityRegressionTest {
    /** Dev micro F1 reached with these rules, minus 0.01. */
    private static final double FLOOR = 0.89;

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
    void traditionalScriptReprintScoresLikeTheOriginal() {
        List<Prediction> preds = new ArrayList<>();
        for (String doc : DevCorpus.GOLD_DOCS) {
            CleanReport r = DevCorpus.load(doc);
            ReportMetadata m = r.metadata();
            CleanReport reprint = new CleanReport(r.docId(), r.source(), HanLP.convertToTraditionalChinese(r.text()),
                    new ReportMetadata(m.title(), m.issuingBody().map(HanLP::convertToTraditionalChinese), m.year(),
                            m.delivered(), m.speaker(), m.speakerRole(), m.session()));
            for (String row : DevCorpus.predictionRows(ReportExtractor.standard().extract(reprint))) {
                preds.add(Prediction.parse(HanLP.convertToSimplifiedChinese(row)));
            }
        }
        double f1 = new Scorer(GoldSet.load(Path.of("src/test/resources/gold"))).score(preds).microF1();
        System.out.printf("traditional-script reprint: micro F1 %.3f%n", f1);
        assertTrue(f1 >= FLOOR - 0.02, "traditional-script dev micro F1 " + f1 + " fell below " + (FLOOR - 0.02));
    }

    @Test
    void everyMentionIsExactlyItsTextAndInsideItsSentenceInEitherScript() {
        for (String doc : DevCorpus.ALL_DOCS) {
            CleanReport r = DevCorpus.load(doc);
            CleanReport reprint = new CleanReport(r.docId(), r.source(), HanLP.convertToTraditionalChinese(r.text()),
                    r.metadata());
            for (CleanReport report : List.of(r, reprint)) {
                Extraction x = ReportExtractor.standard().extract(report);
                String text = report.text();
                for (Entity e : x.entities()) {
                    for (Mention m : e.mentions()) {
                        assertEquals(m.text(), text.substring(m.start(), m.end()), doc);
                        assertTrue(m.sentenceStart() <= m.start() && m.end() <= m.sentenceEnd(), doc);
                    }
                }
            }
        }
    }
}
