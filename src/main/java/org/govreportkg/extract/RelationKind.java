package org.govreportkg.extract;

/** Relations between entities that the extractor reads from the text or the gazetteer. */
public enum RelationKind {
    /** Place within place (星河区 in 青岚市). */
    PART_OF,
    /** Project located in a place. */
    LOCATED_IN,
    /** Organization taking part in a project. */
    INVOLVED_IN
}
