package org.govreportkg.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Chooses one display label per resource. Each report gives an entity its own {@code skos:prefLabel}, so
 * over all reports an entity may have several (星河 in a city's report, 星河区 in the district's own). The
 * fullest form wins: the one that contains most of the others, then the one most reports use, then the
 * longest, then the first in code-point order so the choice is stable.
 */
final class Labels {

    record Candidate(String label, long reports) {}

    static final Comparator<Candidate> BEST = Comparator.comparingLong(Candidate::reports).reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.label().codePointCount(0, c.label().length())).reversed())
            .thenComparing(Candidate::label);

    private Labels() {}

    /** Labels of {@code nodes}: a preferred label if any report gives one, else an rdfs:label or title. */
    static Map<Node, String> of(DatasetGraph dsg, Collection<Node> nodes) {
        Map<Node, List<Candidate>> candidates = new HashMap<>();
        if (nodes.isEmpty()) {
            return Map.of();
        }
        StringBuilder values = new StringBuilder("VALUES ?s {");
        for (Node n : nodes) {
            Sparql.iriRef(n).ifPresent(ref -> values.append(' ').append(ref));
        }
        values.append(" }");
        List<Binding> rows = Sparql.select(dsg, "SELECT ?s ?l ?rank (COUNT(DISTINCT ?g) AS ?n) WHERE { " + values
                + " { GRAPH ?g { ?s skos:prefLabel ?l } BIND(0 AS ?rank) }"
                + " UNION { GRAPH ?g { ?s rdfs:label ?l } BIND(1 AS ?rank) }"
                + " UNION { GRAPH ?g { ?s dcterms:title ?l } BIND(2 AS ?rank) } } GROUP BY ?s ?l ?rank", Map.of());
        Map<Node, Long> bestRank = new HashMap<>();
        for (Binding row : rows) {
            bestRank.merge(row.get("s"), Sparql.number(row, "rank"), Math::min);
        }
        for (Binding row : rows) {
            Node s = row.get("s");
            if (Sparql.number(row, "rank") == bestRank.get(s)) {
                candidates.computeIfAbsent(s, k -> new ArrayList<>())
                        .add(new Candidate(Sparql.string(row, "l"), Sparql.number(row, "n")));
            }
        }
        Map<Node, String> labels = new HashMap<>();
        candidates.forEach((n, list) -> labels.put(n, best(n, list).orElseThrow()));
        return labels;
    }

    /**
     * The best of {@code candidates} for {@code n}. An entity IRI is minted from the entity's full name, so a
     * label equal to that name wins even where reports mostly use a short form.
     */
    static Optional<String> best(Node n, List<Candidate> candidates) {
        String key = n.isURI() ? decodedLastSegment(n.getURI()) : null;
        Comparator<Candidate> fullest = Comparator.comparingLong((Candidate c) -> candidates.stream()
                .filter(o -> o != c && c.label().contains(o.label())).count()).reversed();
        return candidates.stream().filter(c -> c.label().equals(key)).map(Candidate::label).findFirst()
                .or(() -> candidates.stream().sorted(fullest.thenComparing(BEST)).map(Candidate::label).findFirst());
    }

    private static String decodedLastSegment(String iri) {
        String last = iri.substring(iri.lastIndexOf('/') + 1);
        try {
            return java.net.URLDecoder.decode(last.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return last;
        }
    }

    /** A fallback label for a resource without one: the last segment of its IRI. */
    static String fallback(Node n) {
        if (!n.isURI()) {
            return n.toString();
        }
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** The entity classes (local names of gr: classes) of each of {@code nodes}, in a stable order. */
    static Map<Node, List<String>> types(DatasetGraph dsg, Collection<Node> nodes) {
        if (nodes.isEmpty()) {
            return Map.of();
        }
        StringBuilder values = new StringBuilder("VALUES ?s {");
        for (Node n : nodes) {
            Sparql.iriRef(n).ifPresent(ref -> values.append(' ').append(ref));
        }
        values.append(" }");
        Map<Node, List<String>> types = new HashMap<>();
        for (Binding row : Sparql.select(dsg, "SELECT DISTINCT ?s ?t WHERE { " + values
                + " ?s a ?t FILTER(STRSTARTS(STR(?t), STR(gr:))) } ORDER BY ?s ?t", Map.of())) {
            types.computeIfAbsent(row.get("s"), k -> new ArrayList<>())
                    .add(Sparql.string(row, "t").substring(org.govreportkg.graph.GR.NS.length()));
        }
        return types;
    }
}
