package org.govreportkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.query.DatasetFactory;

/**
 * The TDB2 database: one named graph per report. Queries without {@code GRAPH} see the union of all
 * reports (TDB2's union default graph). Every write is one transaction, so a failed ingest leaves what
 * was stored before untouched.
 */
public final class ReportStore implements AutoCloseable {

    private final Path location;
    private final DatasetGraph dsg;

    private ReportStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (creating if needed) the TDB2 database in {@code dir}. */
    public static ReportStore open(Path dir) {
        return new ReportStore(dir, DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    public Path location() {
        return location;
    }

    /** The dataset for queries; the default graph is the union of the named graphs. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    /** Replaces the named graph {@code graphIri} with {@code content}, atomically. */
    public void replaceGraph(String graphIri, Graph content) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(g);
            dsg.addGraph(g, content);
        });
    }

    /** Removes the named graph {@code graphIri}; true if it was there. */
    public boolean removeGraph(String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateWrite(dsg, () -> {
            boolean present = dsg.containsGraph(g);
            dsg.removeGraph(g);
            return present;
        });
    }

    /** The IRIs of the stored named graphs, sorted. */
    public List<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            names.sort(null);
            return names;
        });
    }

    public boolean isEmpty() {
        return graphNames().isEmpty();
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(Function<Dataset, T> action) {
        Dataset ds = dataset();
        return Txn.calculateRead(ds, () -> action.apply(ds));
    }

    @Override
    public void close() {
        // expel, not just close: a test (or a re-opened serve) may open the same directory again
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
