package org.govreportkg.extract;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govreportkg.extract.gazetteer.Division;
import org.govreportkg.extract.gazetteer.Gazetteer;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;

/** What the recognisers find in one invented sentence of a district report (scope {@link Scopes#PINGSHAN}). */
final class Recognised {
    private static final Optional<Division> CONTEXT =
            new PlaceDirectory(Gazetteer.standard()).context(Scopes.PINGSHAN);

    private Recognised() {
    }

    /** The refined HanLP words of a sentence, as the recognisers see them. */
    static java.util.List<Token> tokens(String sentence) {
        return new TokenRefiner().refine(new Segmenter().segment(sentence));
    }

    /** The surfaces recognised as {@code type}. */
    static Set<String> names(String sentence, EntityType type) {
        return ReportExtractor.standard().recognise(sentence, Scopes.PINGSHAN, CONTEXT).stream()
                .filter(c -> c.type() == type).map(Candidate::surface).collect(Collectors.toSet());
    }

    /** Every surface recognised, whatever its type. */
    static Set<String> all(String sentence) {
        return ReportExtractor.standard().recognise(sentence, Scopes.PINGSHAN, CONTEXT).stream()
                .map(Candidate::surface).collect(Collectors.toSet());
    }

    /** The extraction of a whole invented {@code text} as a report of {@code issuer}. */
    static Extraction issuedBy(String issuer, String text) {
        ReportMetadata e = ReportMetadata.empty();
        return ReportExtractor.standard().extract(new CleanReport("t", URI.create("file:/t.txt"), text,
                new ReportMetadata(e.title(), Optional.of(issuer), e.year(), e.delivered(), e.speaker(), e.speakerRole(),
                        e.session())));
    }
}
