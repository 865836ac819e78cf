package org.govreportkg.extract;

/** The three kinds of named thing the graph is about (see ontology/govreport.ttl). */
public enum EntityType {
    PLACE("Place"), ORGANIZATION("Organization"), PROJECT("Project");

    private final String localName;

    EntityType(String localName) {
        this.localName = localName;
    }

    /** The class's local name in the ontology, and the type name of the evaluation format. */
    public String localName() {
        return localName;
    }
}
