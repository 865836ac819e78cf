package org.govreportkg.extract;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govreportkg.extract.gazetteer.Division;
import org.govreportkg.extract.gazetteer.Gazetteer;

/** What the recognisers find in one invented sentence of a district report (scope {@link Scopes#PINGSHAN}). */
final class Recognised {
    private static final Optional<Division> CONTEXT =
            new PlaceDirectory(Gazetteer.standard()).context(Scopes.PINGSHAN);

    private Recognised() {
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
}
