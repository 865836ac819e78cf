package org.govreportkg.web;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The explorer's read queries. Values from requests reach a query as substituted nodes, and IRIs put in
 * query text go through {@link #iriRef}, so a crafted IRI or search string cannot change what is asked.
 */
final class Sparql {

    static final String PREFIXES = """
            PREFIX gr: <https://w3id.org/govreport-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            """;

    private Sparql() {}

    /** Runs a SELECT in its own read transaction and returns all its rows. */
    static List<Binding> select(DatasetGraph dsg, String query, Map<String, Node> params) {
        return Txn.calculateRead(dsg, () -> {
            QueryExecBuilder b = QueryExec.dataset(dsg).query(PREFIXES + query);
            params.forEach((name, value) -> b.substitution(Var.alloc(name), value));
            try (QueryExec qe = b.build()) {
                RowSet rows = qe.select();
                return rows.stream().map(Sparql::detached).toList();
            }
        });
    }

    /**
     * A copy whose nodes are resolved now: TDB2 rows fetch their nodes lazily, which fails once the read
     * transaction has ended.
     */
    private static Binding detached(Binding row) {
        BindingBuilder copy = Binding.builder();
        row.forEach(copy::add);
        return copy.build();
    }

    static boolean ask(DatasetGraph dsg, String query, Map<String, Node> params) {
        return Txn.calculateRead(dsg, () -> {
            QueryExecBuilder b = QueryExec.dataset(dsg).query(PREFIXES + query);
            params.forEach((name, value) -> b.substitution(Var.alloc(name), value));
            try (QueryExec qe = b.build()) {
                return qe.ask();
            }
        });
    }

    /** {@code <iri>} for a query text, or empty if the IRI holds a character IRIREF forbids. */
    static java.util.Optional<String> iriRef(Node n) {
        if (!n.isURI() || n.getURI().codePoints().anyMatch(c -> c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("<" + n.getURI() + ">");
    }

    static String string(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    static long number(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
