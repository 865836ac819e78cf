package org.govreportkg.extract;

import java.util.Optional;
import org.govreportkg.extract.gazetteer.Division;
import org.govreportkg.extract.gazetteer.Gazetteer;

/** Dev aid, run by hand: prints the filtered candidates of corpus sentences containing the first argument. */
public final class CandidateDebug {
    public static void main(String[] args) {
        ReportExtractor x = ReportExtractor.standard();
        PlaceDirectory places = new PlaceDirectory(Gazetteer.standard());
        for (String doc : Boolean.getBoolean("all") ? DevCorpus.ALL_DOCS : DevCorpus.GOLD_DOCS) {
            var report = DevCorpus.load(doc);
            ReportScope scope = places.complete(ReportScope.of(report, new ScriptNormaliser()::normalise));
            Optional<Division> context = places.context(scope);
            String text = new ScriptNormaliser().normalise(report.text());
            for (Sentence s : new SentenceSplitter().split(report.text(), text)) {
                if (s.text().contains(args[0])) {
                    for (Candidate c : x.recognise(s.text(), scope, context)) {
                        if (c.surface().contains(args[0]) || args[0].contains(c.surface())) {
                            System.out.println(doc + "\t" + c);
                        }
                    }
                }
            }
        }
    }
}
