package org.govreportkg.extract;

import org.govreportkg.ingest.CleanReport;

/** The extract stage's boundary: cleaned report in, entities and relations out. Thread-safe. */
public interface EntityExtractor {
    Extraction extract(CleanReport report);
}
