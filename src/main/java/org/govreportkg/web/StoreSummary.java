package org.govreportkg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.govreportkg.store.ReportStore;

/**
 * What the store holds, for the index page: each report graph with its title and counts, and the number
 * of distinct entities per class over all reports.
 */
record StoreSummary(List<Report> reports, Map<String, Long> entitiesByClass) {

    static final String GR = "https://w3id.org/govreport-kg/ontology#";
    /** The entity classes counted, by local name, in display order. */
    static final List<String> ENTITY_CLASSES = List.of("Place", "Organization", "Project");

    record Report(String graph, Optional<String> title, long triples, Map<String, Long> entitiesByClass) {}

    private static final String PREFIXES = """
            PREFIX gr: <https://w3id.org/govreport-kg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    private static final String VALUES = "VALUES ?type { gr:Place gr:Organization gr:Project }";

    static StoreSummary of(ReportStore store) {
        return store.read(StoreSummary::summarise);
    }

    private static StoreSummary summarise(Dataset ds) {
        Map<String, Long> triples = new LinkedHashMap<>();
        each(ds, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                row -> triples.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
        Map<String, Map<String, Long>> perGraph = new LinkedHashMap<>();
        each(ds, "SELECT ?g ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { " + VALUES + " ?e a ?type } } GROUP BY ?g ?type",
                row -> perGraph.computeIfAbsent(row.getResource("g").getURI(), g -> new LinkedHashMap<>())
                        .put(localName(row), row.getLiteral("n").getLong()));
        Map<String, String> titles = new LinkedHashMap<>();
        // the report's own title first; otherwise any title in the graph that is not an entity's
        each(ds, "SELECT ?g (MIN(STR(?t)) AS ?title) WHERE { GRAPH ?g { ?g dcterms:title ?t } } GROUP BY ?g",
                row -> titles.put(row.getResource("g").getURI(), row.getLiteral("title").getString()));
        each(ds, "SELECT ?g (MIN(STR(?t)) AS ?title) WHERE { GRAPH ?g { ?s dcterms:title ?t "
                        + "FILTER NOT EXISTS { " + VALUES + " ?s a ?type } } } GROUP BY ?g",
                row -> titles.putIfAbsent(row.getResource("g").getURI(), row.getLiteral("title").getString()));
        Map<String, Long> totals = new LinkedHashMap<>();
        ENTITY_CLASSES.forEach(c -> totals.put(c, 0L));
        each(ds, "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { " + VALUES + " ?e a ?type } GROUP BY ?type",
                row -> totals.put(localName(row), row.getLiteral("n").getLong()));
        List<Report> reports = new ArrayList<>();
        triples.forEach((graph, n) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            ENTITY_CLASSES.forEach(c -> counts.put(c, perGraph.getOrDefault(graph, Map.of()).getOrDefault(c, 0L)));
            reports.add(new Report(graph, Optional.ofNullable(titles.get(graph)), n, counts));
        });
        return new StoreSummary(List.copyOf(reports), Map.copyOf(totals));
    }

    private static String localName(QuerySolution row) {
        return row.getResource("type").getURI().substring(GR.length());
    }

    private static void each(Dataset ds, String query, java.util.function.Consumer<QuerySolution> action) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(action);
        }
    }
}
