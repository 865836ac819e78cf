package org.govreportkg.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.govreportkg.extract.Entity;
import org.govreportkg.extract.EntityType;
import org.govreportkg.extract.Extraction;
import org.govreportkg.extract.Mention;
import org.govreportkg.extract.Relation;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;

/**
 * Maps one report's extraction to RDF (see ontology/govreport.ttl): the report with its metadata and
 * cleaned text, every entity with its labels, every mention and sentence with offsets, and the
 * relations with the sentence that supports each. Immutable and thread-safe.
 */
public final class ReportGraphMapper {

    private final IriScheme iris;

    public ReportGraphMapper(IriScheme iris) {
        this.iris = iris;
    }

    public IriScheme iris() {
        return iris;
    }

    /** The named graph's IRI for this report. */
    public String graphIri(CleanReport report) {
        return iris.graph(report.docId());
    }

    public Graph toGraph(Extraction extraction) {
        Graph g = GraphFactory.createDefaultGraph();
        map(extraction, StreamRDFLib.graph(g));
        return g;
    }

    /** Sends the report's triples to {@code out} (start and finish are the caller's). */
    public void map(Extraction x, StreamRDF out) {
        new Run(x, out).emit();
    }

    private final class Run {
        private final Extraction x;
        private final StreamRDF out;
        private final CleanReport report;
        private final CodePoints cp;
        private final Node reportNode;
        private final Map<String, Node> entityByKey = new HashMap<>();
        private final Set<Node> sentencesDone = new HashSet<>();
        private final Map<Node, Set<Node>> labels = new HashMap<>();
        private final Map<String, Integer> mentionsPerSpan = new HashMap<>();

        Run(Extraction x, StreamRDF out) {
            this.x = x;
            this.out = out;
            this.report = x.report();
            this.cp = new CodePoints(report.text());
            this.reportNode = uri(iris.report(report.docId()));
        }

        void emit() {
            emitReport();
            Set<Node> labelled = new HashSet<>();
            for (Entity e : x.entities()) {
                emitEntity(e, labelled);
            }
            for (Relation r : x.relations()) {
                emitRelation(r);
            }
        }

        private void emitReport() {
            String text = report.text();
            add(reportNode, RDF.type.asNode(), GR.Report);
            add(reportNode, RDF.type.asNode(), GR.nifContext);
            add(reportNode, RDF.type.asNode(), GR.provEntity);
            add(reportNode, GR.identifier, str(report.docId()));
            add(reportNode, GR.source, uri(report.source().toString()));
            add(reportNode, GR.isString, str(text));
            add(reportNode, GR.beginIndex, index(0));
            add(reportNode, GR.endIndex, index(cp.at(text.length())));
            ReportMetadata m = report.metadata();
            m.title().ifPresent(t -> add(reportNode, GR.title, zh(t)));
            m.title().ifPresent(t -> add(reportNode, RDFS.label.asNode(), zh(t)));
            m.issuingBody().ifPresent(b -> add(reportNode, GR.issuingBody, str(b)));
            m.year().ifPresent(y -> add(reportNode, GR.year, NodeFactory.createLiteralDT(y.toString(), XSDDatatype.XSDinteger)));
            m.delivered().ifPresent(d -> add(reportNode, GR.date, NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            m.speaker().ifPresent(s -> add(reportNode, GR.speaker, str(s)));
            m.speakerRole().ifPresent(s -> add(reportNode, GR.speakerRole, str(s)));
            m.session().ifPresent(s -> add(reportNode, GR.session, str(s)));
        }

        // Two entities of one report can share an IRI (two keys, one gazetteer code): the first keeps its
        // preferred label and the others' become alternatives, so each IRI has one skos:prefLabel per report.
        private void emitEntity(Entity e, Set<Node> labelled) {
            Node n = uri(iris.entity(e));
            entityByKey.put(e.key(), n);
            for (EntityType t : e.types()) {
                add(n, RDF.type.asNode(), typeNode(t));
            }
            if (labelled.add(n)) {
                add(n, GR.prefLabel, zh(e.prefLabel()));
                add(n, RDFS.label.asNode(), zh(e.prefLabel()));
            } else {
                addAltLabel(n, e.prefLabel());
            }
            for (String alt : e.altLabels()) {
                addAltLabel(n, alt);
            }
            e.divisionCode().ifPresent(code -> add(n, GR.divisionCode, str(code)));
            add(n, GR.mentionedIn, reportNode);
            for (Mention m : e.mentions()) {
                Node mention = mentionNode(m);
                add(mention, RDF.type.asNode(), GR.Mention);
                add(mention, GR.anchorOf, str(m.text()));
                add(mention, GR.beginIndex, index(cp.at(m.start())));
                add(mention, GR.endIndex, index(cp.at(m.end())));
                add(mention, GR.referenceContext, reportNode);
                add(mention, GR.sentence, sentence(m.sentenceStart(), m.sentenceEnd()));
                add(mention, GR.taIdentRef, n);
            }
        }

        // One span can name two entities (新河、旧河整治工程: 新河 is the river and, by the shared tail, a
        // project): each gets its own mention, the second and later ones with a counter after the range.
        private Node mentionNode(Mention m) {
            String range = "#char=" + cp.at(m.start()) + "," + cp.at(m.end());
            int seen = mentionsPerSpan.merge(range, 1, Integer::sum);
            return uri(reportNode.getURI() + range + (seen == 1 ? "" : "&ref=" + seen));
        }

        private void addAltLabel(Node n, String label) {
            Node l = zh(label);
            if (!labelsOf(n).contains(l)) {
                add(n, GR.altLabel, l);
            }
        }

        private Set<Node> labelsOf(Node n) {
            return labels.computeIfAbsent(n, k -> new HashSet<>());
        }

        private void emitRelation(Relation r) {
            Node s = entityByKey.get(r.subjectKey());
            Node o = entityByKey.get(r.objectKey());
            if (s == null || o == null) {
                throw new IllegalArgumentException("relation between unknown entities in " + report.docId() + ": " + r);
            }
            Node p = switch (r.kind()) {
                case PART_OF -> GR.partOf;
                case LOCATED_IN -> GR.locatedIn;
                case INVOLVED_IN -> GR.involvedIn;
            };
            add(s, p, o);
            r.evidence().ifPresent(span -> {
                Node st = NodeFactory.createBlankNode();
                add(st, RDF.type.asNode(), RDF.Statement.asNode());
                add(st, RDF.subject.asNode(), s);
                add(st, RDF.predicate.asNode(), p);
                add(st, RDF.object.asNode(), o);
                add(st, GR.wasDerivedFrom, sentence(span.start(), span.end()));
            });
        }

        private Node sentence(int start, int end) {
            Node s = uri(reportNode.getURI() + "#sentence=" + cp.at(start) + "," + cp.at(end));
            if (sentencesDone.add(s)) {
                add(s, RDF.type.asNode(), GR.nifSentence);
                add(s, GR.anchorOf, str(report.text().substring(start, end)));
                add(s, GR.beginIndex, index(cp.at(start)));
                add(s, GR.endIndex, index(cp.at(end)));
                add(s, GR.referenceContext, reportNode);
            }
            return s;
        }

        private void add(Node s, Node p, Node o) {
            if (p.equals(GR.prefLabel) || p.equals(GR.altLabel)) {
                labelsOf(s).add(o);
            }
            out.triple(Triple.create(s, p, o));
        }
    }

    private static Node typeNode(EntityType t) {
        return switch (t) {
            case PLACE -> GR.Place;
            case ORGANIZATION -> GR.Organization;
            case PROJECT -> GR.Project;
        };
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }

    private static Node index(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }
}
