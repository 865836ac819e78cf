package org.govreportkg.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.govreportkg.graph.GR;
import org.govreportkg.store.ReportStore;

/**
 * The RDF a dereferenced IRI returns: bounded, so that fetching an entity never sends whole reports.
 * An entity gets its own triples from every report, the labels and types of what they point at, and the
 * relations pointing at it; a report gets its node's triples; a named graph gets all of itself.
 */
final class ResourceDescriber {

    private static final List<Node> INBOUND = List.of(GR.partOf, GR.locatedIn, GR.involvedIn);
    private static final List<Node> NEIGHBOUR_FACTS = List.of(GR.prefLabel, RDFS.label.asNode(), GR.title, RDF.type.asNode());

    private final ReportStore store;
    private final LocalIris iris;

    ResourceDescriber(ReportStore store, LocalIris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** An entity's or place's description, or empty if no report says anything about it. */
    Optional<Graph> entity(String iri) {
        Node e = NodeFactory.createURI(iri);
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            Graph out = newGraph();
            union.find(e, Node.ANY, Node.ANY).forEachRemaining(out::add);
            if (out.isEmpty()) {
                return Optional.empty();
            }
            Set<Node> linked = new LinkedHashSet<>();
            out.find(e, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI() && !t.getPredicate().equals(RDF.type.asNode())) {
                    linked.add(t.getObject());
                }
            });
            for (Node p : INBOUND) {
                union.find(Node.ANY, p, e).forEachRemaining(t -> {
                    out.add(t);
                    linked.add(t.getSubject());
                });
            }
            for (Node n : linked) {
                for (Node p : NEIGHBOUR_FACTS) {
                    union.find(n, p, Node.ANY).forEachRemaining(out::add);
                }
            }
            return Optional.of(out);
        });
    }

    /** A report node's own triples (its metadata and text). */
    Optional<Graph> report(String iri) {
        Node r = NodeFactory.createURI(iri);
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Graph out = newGraph();
            dsg.getUnionGraph().find(r, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out.isEmpty() ? Optional.empty() : Optional.of(out);
        });
    }

    /** A whole named graph. */
    Optional<Graph> namedGraph(String iri) {
        Node g = NodeFactory.createURI(iri);
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            if (!dsg.containsGraph(g)) {
                return Optional.empty();
            }
            Graph out = newGraph();
            dsg.getGraph(g).find().forEachRemaining(out::add);
            return Optional.of(out);
        });
    }

    private Graph newGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        var prefixes = g.getPrefixMapping();
        prefixes.setNsPrefix("gr", GR.NS);
        prefixes.setNsPrefix("skos", GR.SKOS);
        prefixes.setNsPrefix("dcterms", GR.DCTERMS);
        prefixes.setNsPrefix("nif", GR.NIF);
        prefixes.setNsPrefix("itsrdf", GR.ITSRDF);
        prefixes.setNsPrefix("prov", GR.PROV);
        prefixes.setNsPrefix("rdf", RDF.getURI());
        prefixes.setNsPrefix("rdfs", RDFS.getURI());
        prefixes.setNsPrefix("xsd", XSD.getURI());
        prefixes.setNsPrefix("entity", iris.base() + "entity/");
        prefixes.setNsPrefix("place", iris.base() + "place/");
        prefixes.setNsPrefix("report", iris.base() + "report/");
        return g;
    }

}
