package org.govreportkg.extract;

import java.util.Optional;

/**
 * A relation between two entities of the same extraction, identified by their keys.
 *
 * @param evidence the sentence that supports it, as [start,end) offsets into the cleaned text;
 *                 empty for relations taken from the gazetteer rather than the text
 */
public record Relation(String subjectKey, RelationKind kind, String objectKey, Optional<Span> evidence) {
    /** A [start,end) character range of the cleaned text. */
    public record Span(int start, int end) {
    }
}
