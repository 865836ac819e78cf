package org.govreportkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * What the entity page shows, read from all report graphs: labels, types, division code, relations in
 * both directions, and the timeline of the reports that mention it with the mentioning sentences.
 */
record EntityView(String iri, String label, List<String> aliases, List<String> types, Optional<String> divisionCode,
        List<Link> outgoing, List<Link> incoming, List<Named> coMentioned, List<ReportMentions> timeline) {

    /** Sentences shown per report; an entity such as the city itself is mentioned hundreds of times. */
    static final int SENTENCES_PER_REPORT = 30;

    /** A relation to another resource: {@code property} is the gr: local name. */
    record Link(String property, String iri, String label, List<String> types) {}

    /** An entity named in the same sentences as this one, {@code sentences} times. */
    record Named(String iri, String label, List<String> types, long sentences) {}

    record ReportMentions(String report, String title, Optional<String> issuingBody, Optional<Integer> year,
            Optional<String> date, long mentions, List<Sentence> sentences, long sentenceCount) {}

    /** A sentence with the code-point spans, relative to the sentence, of the mentions in it. */
    record Sentence(String iri, String text, List<int[]> spans) {

        /** The sentence as pieces alternating plain and highlighted text, starting with plain text. */
        List<String> pieces() {
            List<String> pieces = new ArrayList<>();
            int length = text.codePointCount(0, text.length());
            int at = 0;
            for (int[] span : spans) {
                if (span[0] < at || span[1] > length || span[0] >= span[1]) {
                    continue; // overlapping or out of range: keep the text readable, skip the mark
                }
                pieces.add(cut(at, span[0]));
                pieces.add(cut(span[0], span[1]));
                at = span[1];
            }
            pieces.add(cut(at, length));
            return pieces;
        }

        private String cut(int from, int to) {
            return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
        }
    }

    private static final Comparator<ReportMentions> CHRONOLOGICAL = Comparator
            .comparing((ReportMentions r) -> r.year().orElse(Integer.MAX_VALUE))
            .thenComparing(r -> r.date().orElse("~"))
            .thenComparing(ReportMentions::report);

    static Optional<EntityView> load(DatasetGraph dsg, String iri) {
        Node e = NodeFactory.createURI(iri);
        Map<String, Node> at = Map.of("e", e);
        if (!Sparql.ask(dsg, "ASK { ?e ?p ?o }", at)) {
            return Optional.empty();
        }
        List<Labels.Candidate> preferred = new ArrayList<>();
        Set<String> others = new LinkedHashSet<>();
        for (Binding row : Sparql.select(dsg, "SELECT ?l ?kind (COUNT(DISTINCT ?g) AS ?n) WHERE {"
                + " { GRAPH ?g { ?e skos:prefLabel ?l } BIND(0 AS ?kind) } UNION { GRAPH ?g { ?e skos:altLabel ?l } BIND(1 AS ?kind) } }"
                + " GROUP BY ?l ?kind ORDER BY ?kind DESC(?n) ?l", at)) {
            if (Sparql.number(row, "kind") == 0) {
                preferred.add(new Labels.Candidate(Sparql.string(row, "l"), Sparql.number(row, "n")));
            } else {
                others.add(Sparql.string(row, "l"));
            }
        }
        String label = Labels.best(e, preferred).orElse(Labels.fallback(e));
        List<String> aliases = new ArrayList<>();
        preferred.stream().sorted(Labels.BEST).map(Labels.Candidate::label).filter(l -> !l.equals(label)).forEach(aliases::add);
        // a name given as preferred in one report and alternative in another is listed once
        others.stream().filter(l -> !l.equals(label) && !aliases.contains(l)).forEach(aliases::add);
        List<String> types = Labels.types(dsg, List.of(e)).getOrDefault(e, List.of());
        Optional<String> code = Sparql.select(dsg, "SELECT DISTINCT ?c WHERE { ?e gr:divisionCode ?c } ORDER BY ?c", at)
                .stream().map(r -> Sparql.string(r, "c")).findFirst();
        return Optional.of(new EntityView(iri, label, List.copyOf(aliases), types, code,
                links(dsg, at, "?e ?p ?x"), links(dsg, at, "?x ?p ?e"), coMentioned(dsg, e), timeline(dsg, at)));
    }

    private static List<Link> links(DatasetGraph dsg, Map<String, Node> at, String pattern) {
        List<Binding> rows = Sparql.select(dsg, "SELECT DISTINCT ?p ?x WHERE { VALUES ?p { gr:partOf gr:locatedIn gr:involvedIn } "
                + pattern + " }", at);
        Set<Node> others = new LinkedHashSet<>();
        rows.forEach(r -> others.add(r.get("x")));
        Map<Node, String> labels = Labels.of(dsg, others);
        Map<Node, List<String>> types = Labels.types(dsg, others);
        return rows.stream()
                .map(r -> new Link(Sparql.string(r, "p").substring(org.govreportkg.graph.GR.NS.length()), r.get("x").getURI(),
                        labels.getOrDefault(r.get("x"), Labels.fallback(r.get("x"))), types.getOrDefault(r.get("x"), List.of())))
                .sorted(Comparator.comparing(Link::property).thenComparing(Link::label).thenComparing(Link::iri))
                .toList();
    }

    private static List<Named> coMentioned(DatasetGraph dsg, Node e) {
        List<Binding> rows = NeighbourhoodController.coMentions(dsg, e);
        Set<Node> others = new LinkedHashSet<>();
        rows.forEach(r -> others.add(r.get("x")));
        Map<Node, String> labels = Labels.of(dsg, others);
        Map<Node, List<String>> types = Labels.types(dsg, others);
        return rows.stream().map(r -> new Named(r.get("x").getURI(), labels.getOrDefault(r.get("x"), Labels.fallback(r.get("x"))),
                types.getOrDefault(r.get("x"), List.of()), Sparql.number(r, "n"))).toList();
    }

    private static List<ReportMentions> timeline(DatasetGraph dsg, Map<String, Node> at) {
        Map<String, List<Sentence>> sentences = new LinkedHashMap<>();
        Map<String, Map<String, Sentence>> byIri = new LinkedHashMap<>();
        for (Binding row : Sparql.select(dsg, "SELECT DISTINCT ?r ?s ?text ?sb ?mb ?me WHERE {"
                + " ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?r ; nif:sentence ?s ; nif:beginIndex ?mb ; nif:endIndex ?me ."
                + " ?s nif:anchorOf ?text ; nif:beginIndex ?sb } ORDER BY ?r ?sb ?mb ?me", at)) {
            String report = Sparql.string(row, "r");
            String s = Sparql.string(row, "s");
            long sb = Sparql.number(row, "sb");
            Sentence sentence = byIri.computeIfAbsent(report, k -> new LinkedHashMap<>()).computeIfAbsent(s, k -> {
                Sentence fresh = new Sentence(s, Sparql.string(row, "text"), new ArrayList<>());
                sentences.computeIfAbsent(report, r -> new ArrayList<>()).add(fresh);
                return fresh;
            });
            sentence.spans().add(new int[] {(int) (Sparql.number(row, "mb") - sb), (int) (Sparql.number(row, "me") - sb)});
        }
        List<ReportMentions> timeline = new ArrayList<>();
        for (Binding row : Sparql.select(dsg, "SELECT ?r (SAMPLE(?title) AS ?t) (SAMPLE(?body) AS ?b) (MIN(?year) AS ?y)"
                + " (MIN(STR(?date)) AS ?d) (COUNT(DISTINCT ?m) AS ?n) WHERE { ?e gr:mentionedIn ?r ."
                + " OPTIONAL { ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?r }"
                + " OPTIONAL { ?r dcterms:title ?title } OPTIONAL { ?r gr:issuingBody ?body }"
                + " OPTIONAL { ?r gr:year ?year } OPTIONAL { ?r dcterms:date ?date } } GROUP BY ?r", at)) {
            String report = Sparql.string(row, "r");
            List<Sentence> all = sentences.getOrDefault(report, List.of());
            timeline.add(new ReportMentions(report,
                    Optional.ofNullable(Sparql.string(row, "t")).orElse(Labels.fallback(row.get("r"))),
                    Optional.ofNullable(Sparql.string(row, "b")),
                    Optional.ofNullable(Sparql.string(row, "y")).map(Integer::valueOf),
                    Optional.ofNullable(Sparql.string(row, "d")),
                    Sparql.number(row, "n"),
                    List.copyOf(all.subList(0, Math.min(all.size(), SENTENCES_PER_REPORT))), all.size()));
        }
        timeline.sort(CHRONOLOGICAL);
        return List.copyOf(timeline);
    }
}
