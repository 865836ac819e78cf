package org.govreportkg.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Finds entities by a part of any of their names (preferred or alternative, case-insensitive): exact
 * matches first, then those named in more reports. One SPARQL query over the union of the reports.
 */
final class EntitySearch {

    static final int MAX_QUERY_LENGTH = 50;
    static final int LIMIT = 100;

    /** One entity found; {@code matched} is the name that contained the query. */
    record Hit(String iri, String label, String matched, boolean exact, List<String> types, long reports) {}

    private EntitySearch() {}

    /** @throws IllegalArgumentException naming the problem, for a blank or too long query */
    static String validate(String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw new IllegalArgumentException("Type a name, or a part of one, to search for.");
        }
        if (query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("The search text is " + query.codePointCount(0, query.length())
                    + " characters long; at most " + MAX_QUERY_LENGTH + " are allowed.");
        }
        return query;
    }

    static List<Hit> search(DatasetGraph dsg, String q) {
        String query = validate(q);
        Map<String, Node> at = Map.of("q", NodeFactory.createLiteralString(query.toLowerCase(Locale.ROOT)));
        List<Binding> rows = Sparql.select(dsg, "SELECT ?e (MAX(?isExact) AS ?exact) (MIN(?name) AS ?matched)"
                + " (COUNT(DISTINCT ?r) AS ?reports) WHERE {"
                + " { SELECT DISTINCT ?e ?name WHERE { { ?e skos:prefLabel ?l } UNION { ?e skos:altLabel ?l }"
                + "   BIND(STR(?l) AS ?name) FILTER(CONTAINS(LCASE(?name), ?q)) } }"
                + " BIND(IF(LCASE(?name) = ?q, 1, 0) AS ?isExact)"
                + " ?e gr:mentionedIn ?r }"
                + " GROUP BY ?e ORDER BY DESC(?exact) DESC(?reports) STRLEN(?matched) ?matched ?e LIMIT " + LIMIT, at);
        Set<Node> nodes = new LinkedHashSet<>();
        rows.forEach(r -> nodes.add(r.get("e")));
        Map<Node, String> labels = Labels.of(dsg, nodes);
        Map<Node, List<String>> types = Labels.types(dsg, nodes);
        List<Hit> hits = new ArrayList<>();
        for (Binding r : rows) {
            Node e = r.get("e");
            hits.add(new Hit(e.getURI(), labels.getOrDefault(e, Labels.fallback(e)), Sparql.string(r, "matched"),
                    Sparql.number(r, "exact") == 1, types.getOrDefault(e, List.of()), Sparql.number(r, "reports")));
        }
        return List.copyOf(hits);
    }
}
