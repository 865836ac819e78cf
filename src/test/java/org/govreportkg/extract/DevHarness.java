package org.govreportkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Dev harness, run by hand: writes predictions for the corpus to {@code target/pred.tsv} (gold docs)
 * and {@code target/pred-all.tsv} (all docs) for {@code score.py}, and prints throughput.
 */
public final class DevHarness {
    public static void main(String[] args) throws Exception {
        ReportExtractor x = ReportExtractor.standard();
        List<String> gold = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String doc : DevCorpus.ALL_DOCS) {
            Extraction e = x.extract(DevCorpus.load(doc));
            List<String> rows = DevCorpus.predictionRows(e);
            all.addAll(rows);
            if (DevCorpus.GOLD_DOCS.contains(doc)) {
                gold.addAll(rows);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/pred.tsv"), gold);
        Files.write(Path.of("target/pred-all.tsv"), all);
        for (String doc : DevCorpus.ALL_DOCS) {
            var r = DevCorpus.load(doc);
            System.out.println(doc + ": issuing body " + r.metadata().issuingBody() + ", " + r.text().length() + " chars");
        }
        System.out.println("wrote target/pred.tsv (" + gold.size() + " rows), target/pred-all.tsv (" + all.size() + " rows)");
    }
}
