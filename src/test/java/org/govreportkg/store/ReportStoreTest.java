package org.govreportkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportStoreTest {

    private static final Node P = NodeFactory.createURI("http://example.org/p");

    private static Graph graphOf(String... objects) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String o : objects) {
            g.add(Triple.create(NodeFactory.createURI("http://example.org/s"), P, NodeFactory.createLiteralString(o)));
        }
        return g;
    }

    private static long count(ReportStore store, String query) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void queriesWithoutGraphSeeTheUnionOfAllReports(@TempDir Path dir) {
        try (ReportStore store = ReportStore.open(dir)) {
            store.replaceGraph("http://example.org/graph/a", graphOf("东京", "☃"));
            store.replaceGraph("http://example.org/graph/b", graphOf("😀"));
            assertEquals(3, count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
            assertEquals(List.of("http://example.org/graph/a", "http://example.org/graph/b"), store.graphNames());
        }
    }

    @Test
    void reingestingReplacesTheGraphAndSurvivesReopening(@TempDir Path dir) {
        try (ReportStore store = ReportStore.open(dir)) {
            store.replaceGraph("http://example.org/graph/a", graphOf("old1", "old2"));
            store.replaceGraph("http://example.org/graph/a", graphOf("new"));
        }
        try (ReportStore store = ReportStore.open(dir)) {
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p \"new\" }"));
        }
    }

    @Test
    void aWriteThatFailsLeavesWhatWasStored(@TempDir Path dir) {
        try (ReportStore store = ReportStore.open(dir)) {
            store.replaceGraph("http://example.org/graph/a", graphOf("kept"));
            Graph broken = new org.apache.jena.sparql.graph.GraphWrapper(graphOf("x")) {
                @Override
                public org.apache.jena.util.iterator.ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                    throw new IllegalStateException("disk on fire");
                }

                @Override
                public org.apache.jena.util.iterator.ExtendedIterator<Triple> find(Triple t) {
                    throw new IllegalStateException("disk on fire");
                }
            };
            assertThrows(RuntimeException.class, () -> store.replaceGraph("http://example.org/graph/a", broken));
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p \"kept\" }"));
        }
    }

    @Test
    void removeGraphSaysWhetherItWasThere(@TempDir Path dir) {
        try (ReportStore store = ReportStore.open(dir)) {
            store.replaceGraph("http://example.org/graph/a", graphOf("x"));
            assertTrue(store.removeGraph("http://example.org/graph/a"));
            assertFalse(store.removeGraph("http://example.org/graph/a"));
            assertTrue(store.isEmpty());
            assertTrue(Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().isEmpty()));
        }
    }
}
