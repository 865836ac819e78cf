package org.govreportkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Dev aid, run by hand: the baseline, HanLP out of the box (ns → Place, nt → Organization, one
 * entity per distinct surface), written to {@code target/pred-baseline.tsv} for score.py.
 */
public final class BaselineHarness {
    public static void main(String[] args) throws Exception {
        Segmenter seg = new Segmenter();
        List<String> rows = new ArrayList<>();
        for (String doc : DevCorpus.GOLD_DOCS) {
            String text = DevCorpus.load(doc).text();
            Set<String> seen = new LinkedHashSet<>();
            for (Sentence s : new SentenceSplitter().split(text, text)) {
                for (Token t : seg.segment(s.text())) {
                    String type = t.tag().startsWith("ns") ? "Place" : t.tag().startsWith("nt") ? "Organization" : null;
                    if (type != null && seen.add(type + "\t" + t.word())) {
                        rows.add(doc + "\t" + t.word() + "\t" + type + "\t" + t.word());
                    }
                }
            }
        }
        Files.write(Path.of("target/pred-baseline.tsv"), rows);
    }
}
