package org.govreportkg.web;

import java.util.ArrayList;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.springframework.http.HttpStatus;

/**
 * Parses the query text and decides which stored graphs it runs over. Nothing here touches the network:
 * {@code FROM}, {@code FROM NAMED} and the protocol's graph IRIs only select graphs already in the store.
 */
final class QueryPreparer {

    /** A parsed query with its dataset description taken out (null: the union of all reports). */
    record Prepared(Query query, DatasetDescription dataset) {}

    private final boolean serviceEnabled;

    QueryPreparer(boolean serviceEnabled) {
        this.serviceEnabled = serviceEnabled;
    }

    Prepared prepare(SparqlRequest request) {
        Query query;
        try {
            query = QueryFactory.create(request.query(), Syntax.syntaxSPARQL);
        } catch (QueryParseException e) {
            // Jena appends the whole list of expected tokens; the first line says where the error is
            String where = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw new ProtocolException(HttpStatus.BAD_REQUEST, "SPARQL syntax error: " + where);
        }
        if (!serviceEnabled && usesService(query)) {
            throw new ProtocolException(HttpStatus.BAD_REQUEST,
                    "SERVICE (federated query) is disabled on this endpoint; no remote endpoint was contacted");
        }
        DatasetDescription dataset;
        if (request.hasProtocolDataset()) {
            // the protocol's dataset overrides FROM / FROM NAMED (SPARQL 1.1 Protocol, 2.1.4)
            dataset = DatasetDescription.create(request.defaultGraphs(), request.namedGraphs());
        } else if (query.hasDatasetDescription()) {
            dataset = DatasetDescription.create(
                    new ArrayList<>(query.getGraphURIs()), new ArrayList<>(query.getNamedGraphURIs()));
        } else {
            dataset = null;
        }
        // strip FROM so no engine ever tries to load it from the web; the dataset is assembled from the store
        query.getGraphURIs().clear();
        query.getNamedGraphURIs().clear();
        return new Prepared(query, dataset);
    }

    /** True if {@code SERVICE} occurs anywhere, including sub-queries and (NOT) EXISTS filters. */
    static boolean usesService(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        Op op = Algebra.compile(query);
        boolean[] found = {false};
        OpVisitorBase visitor = new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found[0] = true;
            }
        };
        // the expression visitor makes the walker descend into the patterns of EXISTS / NOT EXISTS
        Walker.walk(op, visitor, new ExprVisitorBase() {});
        return found[0];
    }
}
