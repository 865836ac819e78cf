package org.govreportkg.extract;

import java.util.Optional;

/**
 * A span of a sentence that a recogniser takes for a name of the given type.
 * {@code start}/{@code end} are offsets within the sentence's text; {@code key} is set when the
 * recogniser already knows the entity's identity (official bodies resolved against the report's scope).
 */
record Candidate(String surface, EntityType type, int start, int end, String rule, Optional<String> key) {
    Candidate {
        if (end <= start || surface.length() != end - start) {
            throw new IllegalArgumentException("bad candidate span for '" + surface + "': [" + start + "," + end + ")");
        }
    }

    Candidate(String surface, EntityType type, int start, int end, String rule) {
        this(surface, type, start, end, rule, Optional.empty());
    }

    boolean contains(Candidate o) {
        return start <= o.start && o.end <= end && (start != o.start || end != o.end);
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }
}
