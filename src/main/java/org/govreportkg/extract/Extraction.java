package org.govreportkg.extract;

import java.util.List;
import org.govreportkg.ingest.CleanReport;

/** What the extractor found in one report. */
public record Extraction(CleanReport report, List<Entity> entities, List<Relation> relations) {
    public Extraction {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
