package org.govreportkg.cli;

import java.net.URI;
import org.apache.jena.graph.Graph;
import org.govreportkg.extract.EntityExtractor;
import org.govreportkg.extract.Extraction;
import org.govreportkg.graph.ReportGraphMapper;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.IngestException;
import org.govreportkg.ingest.ReportLoader;
import org.govreportkg.store.ReportStore;

/**
 * Runs one source through every stage: load and clean, extract, map to RDF, and replace the report's
 * named graph in one write transaction. A source that fails at any stage leaves the store as it was.
 */
final class ReportIngester {

    /** What one ingested report amounted to. */
    record Summary(String docId, String graphIri, int characters, int entities, long triples, long millis) {
        String line() {
            return String.format(java.util.Locale.ROOT, "%s: %,d characters kept, %,d entities, %,d triples, %,d ms  (%s)",
                    docId, characters, entities, triples, millis, graphIri);
        }
    }

    private final ReportLoader loader;
    private final EntityExtractor extractor;
    private final ReportGraphMapper mapper;
    private final ReportStore store;

    ReportIngester(ReportLoader loader, EntityExtractor extractor, ReportGraphMapper mapper, ReportStore store) {
        this.loader = loader;
        this.extractor = extractor;
        this.mapper = mapper;
        this.store = store;
    }

    Summary ingest(URI source) throws IngestException {
        long t0 = System.nanoTime();
        CleanReport report = loader.load(source);
        Extraction extraction;
        Graph graph;
        try {
            extraction = extractor.extract(report);
            graph = mapper.toGraph(extraction);
        } catch (RuntimeException e) {
            throw new IngestException(source + ": extraction failed: " + e, e);
        }
        String graphIri = mapper.graphIri(report);
        store.replaceGraph(graphIri, graph);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Summary(report.docId(), graphIri, report.text().length(), extraction.entities().size(),
                graph.size(), ms);
    }
}
