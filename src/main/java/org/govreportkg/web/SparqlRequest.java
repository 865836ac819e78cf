package org.govreportkg.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One query operation as the protocol delivered it, before parsing the query text.
 *
 * @param timeout what the client asked for (the {@code timeout} parameter, seconds), if anything
 */
record SparqlRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, Optional<Duration> timeout) {

    SparqlRequest {
        defaultGraphs = List.copyOf(defaultGraphs);
        namedGraphs = List.copyOf(namedGraphs);
    }

    boolean hasProtocolDataset() {
        return !defaultGraphs.isEmpty() || !namedGraphs.isEmpty();
    }
}
