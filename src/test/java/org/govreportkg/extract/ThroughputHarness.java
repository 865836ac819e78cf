package org.govreportkg.extract;

import org.govreportkg.ingest.ScriptNormaliser;
import java.util.ArrayList;
import java.util.List;
import org.govreportkg.ingest.CleanReport;

/**
 * Timing harness, run by hand (prints, never asserts): characters per second of HanLP segmentation
 * alone, sentence by sentence, against the whole extractor and the gazetteer's span finder alone,
 * over the corpus, after a warm-up pass.
 */
public final class ThroughputHarness {
    public static void main(String[] args) {
        List<CleanReport> reports = new ArrayList<>();
        for (String doc : DevCorpus.ALL_DOCS) {
            reports.add(DevCorpus.load(doc));
        }
        long chars = reports.stream().mapToLong(r -> r.text().length()).sum();
        Segmenter segmenter = new Segmenter();
        ScriptNormaliser normaliser = new ScriptNormaliser();
        SentenceSplitter splitter = new SentenceSplitter();
        ReportExtractor extractor = ReportExtractor.standard();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int pass = 0; pass < 2; pass++) {
            long t0 = System.nanoTime();
            long tokens = 0;
            for (int i = 0; i < rounds; i++) {
                for (CleanReport r : reports) {
                    for (Sentence s : splitter.split(r.text(), normaliser.normalise(r.text()))) {
                        tokens += segmenter.segment(s.text()).size();
                    }
                }
            }
            long t1 = System.nanoTime();
            long entities = 0;
            for (int i = 0; i < rounds; i++) {
                for (CleanReport r : reports) {
                    entities += extractor.extract(r).entities().size();
                }
            }
            long t2 = System.nanoTime();
            var gazetteer = org.govreportkg.extract.gazetteer.Gazetteer.standard();
            var context = gazetteer.resolve("深圳市", java.util.Optional.empty());
            long spans = 0;
            for (int i = 0; i < rounds; i++) {
                for (CleanReport r : reports) {
                    for (Sentence s : splitter.split(r.text(), normaliser.normalise(r.text()))) {
                        spans += gazetteer.findAll(s.text(), context).size();
                    }
                }
            }
            long t3 = System.nanoTime();
            if (pass == 1) {
                System.out.printf("gazetteer findAll alone: %.0f chars/s (%d spans)%n", chars * rounds / ((t3 - t2) / 1e9), spans);
                System.out.printf("corpus %d chars x %d rounds%n", chars, rounds);
                System.out.printf("segmenter alone: %.0f chars/s (%d tokens)%n", chars * rounds / ((t1 - t0) / 1e9), tokens);
                System.out.printf("whole extractor: %.0f chars/s (%d entities)%n", chars * rounds / ((t2 - t1) / 1e9), entities);
            }
        }
    }
}
