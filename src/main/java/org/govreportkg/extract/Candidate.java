package org.govreportkg.extract;

import java.util.Optional;
import java.util.Set;

/**
 * A span of a sentence that a recogniser takes for a name of the given type.
 * {@code start}/{@code end} are offsets within the sentence's text; {@code key} is set when the
 * recogniser already knows the entity's identity (official bodies resolved against the report's scope);
 * {@code alsoTypes} are further types the name's head gives (a 合作区 is a Place and a Project).
 */
record Candidate(String surface, EntityType type, int start, int end, String rule, Optional<String> key,
                 Set<EntityType> alsoTypes) {
    Candidate {
        alsoTypes = Set.copyOf(alsoTypes);
        if (end <= start || surface.length() != end - start) {
            throw new IllegalArgumentException("bad candidate span for '" + surface + "': [" + start + "," + end + ")");
        }
    }

    Candidate(String surface, EntityType type, int start, int end, String rule) {
        this(surface, type, start, end, rule, Optional.empty());
    }

    Candidate(String surface, EntityType type, int start, int end, String rule, Optional<String> key) {
        this(surface, type, start, end, rule, key, Set.of());
    }

    boolean contains(Candidate o) {
        return start <= o.start && o.end <= end && (start != o.start || end != o.end);
    }
}
