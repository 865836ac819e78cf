package org.govreportkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.govreportkg.graph.GR;

/** What a report page shows: the report's metadata, and the entities it names by class with counts. */
record ReportView(String iri, String graph, Map<String, String> metadata, Map<String, List<Named>> entitiesByType,
        long mentions, long sentences, long triples) {

    /** Metadata in display order: the gr:/dcterms: local name and its caption. */
    static final Map<String, String> FIELDS = fields();

    record Named(String iri, String label, long mentions) {}

    private static Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", "Title");
        f.put("issuingBody", "Issuing body");
        f.put("year", "Year");
        f.put("date", "Date delivered");
        f.put("speaker", "Speaker");
        f.put("speakerRole", "Speaker's role");
        f.put("session", "Session");
        f.put("identifier", "Identifier");
        f.put("source", "Source");
        return java.util.Collections.unmodifiableMap(f);
    }

    /** @param graphIri the graph the IRI scheme gives the report; the graph that holds the report node wins */
    static Optional<ReportView> load(DatasetGraph dsg, String iri, String graphIri) {
        Node r = NodeFactory.createURI(iri);
        Node g = Sparql.select(dsg, "SELECT ?g WHERE { GRAPH ?g { ?r a gr:Report } } ORDER BY ?g LIMIT 1", Map.of("r", r))
                .stream().map(row -> row.get("g")).findFirst().orElse(NodeFactory.createURI(graphIri));
        Map<String, Node> at = Map.of("r", r, "g", g);
        Map<String, String> metadata = new LinkedHashMap<>();
        List<Binding> rows = Sparql.select(dsg, "SELECT ?p ?o WHERE { ?r ?p ?o FILTER(?p != nif:isString) } ORDER BY ?p ?o", at);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        for (Binding row : rows) {
            String p = Sparql.string(row, "p");
            String local = p.startsWith(GR.NS) ? p.substring(GR.NS.length())
                    : p.startsWith(GR.DCTERMS) ? p.substring(GR.DCTERMS.length()) : null;
            if (local != null && FIELDS.containsKey(local)) {
                metadata.putIfAbsent(local, Sparql.string(row, "o"));
            }
        }
        Map<String, List<Named>> byType = new LinkedHashMap<>();
        StoreSummary.ENTITY_CLASSES.forEach(c -> byType.put(c, new ArrayList<>()));
        for (Binding row : Sparql.select(dsg, "SELECT ?x ?t (SAMPLE(?label) AS ?l) (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g {"
                + " ?x gr:mentionedIn ?r ; a ?t . OPTIONAL { ?x skos:prefLabel ?label }"
                + " OPTIONAL { ?m itsrdf:taIdentRef ?x ; nif:referenceContext ?r } } } GROUP BY ?x ?t", at)) {
            String type = Sparql.string(row, "t");
            if (type.startsWith(GR.NS) && byType.containsKey(type.substring(GR.NS.length()))) {
                byType.get(type.substring(GR.NS.length())).add(new Named(Sparql.string(row, "x"),
                        Optional.ofNullable(Sparql.string(row, "l")).orElse(Labels.fallback(row.get("x"))),
                        Sparql.number(row, "n")));
            }
        }
        byType.values().forEach(list -> list.sort(Comparator.comparingLong(Named::mentions).reversed()
                .thenComparing(Named::label)));
        Binding counts = Sparql.select(dsg, "SELECT (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?s) AS ?sentences) WHERE {"
                + " GRAPH ?g { { ?m a gr:Mention } UNION { ?s a nif:Sentence } } }", at).getFirst();
        long triples = Sparql.number(Sparql.select(dsg, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", at).getFirst(), "n");
        Map<String, List<Named>> frozen = new LinkedHashMap<>();
        byType.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Optional.of(new ReportView(iri, g.getURI(), java.util.Collections.unmodifiableMap(metadata),
                java.util.Collections.unmodifiableMap(frozen), Sparql.number(counts, "mentions"),
                Sparql.number(counts, "sentences"), triples));
    }
}
