package org.govreportkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.riot.RDFDataMgr;
import org.govreportkg.extract.Entity;
import org.govreportkg.extract.EntityType;
import org.govreportkg.extract.Extraction;
import org.govreportkg.extract.Mention;
import org.govreportkg.extract.Relation;
import org.govreportkg.extract.RelationKind;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportGraphMapperTest {

    private static final IriScheme IRIS = new IriScheme("http://example.org/kg/");
    private static Shapes shapes;
    private static String text;

    @BeforeAll
    static void load() throws IOException {
        shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        text = SampleExtraction.TEXT;
    }

    @Test
    void mappedReportConformsToTheShapes() {
        Graph g = new ReportGraphMapper(IRIS).toGraph(SampleExtraction.of("sample-2030"));
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        assertTrue(report.conforms(), () -> {
            RDFDataMgr.write(System.err, report.getModel(), org.apache.jena.riot.Lang.TTL);
            return "SHACL violations";
        });
    }

    @Test
    void shapesRejectAMentionWhoseOffsetsDoNotSliceItsText() {
        Graph g = new ReportGraphMapper(IRIS).toGraph(SampleExtraction.of("sample-2030"));
        Node mention = g.find(Node.ANY, GR.anchorOf, NodeFactory.createLiteralString("星河实验室"))
                .filterKeep(t -> t.getSubject().getURI().contains("#char=")).next().getSubject();
        g.delete(Triple.create(mention, GR.anchorOf, NodeFactory.createLiteralString("星河实验室")));
        g.add(Triple.create(mention, GR.anchorOf, NodeFactory.createLiteralString("星河实验")));
        assertFalse(ShaclValidator.get().validate(shapes, g).conforms());
    }

    @Test
    void offsetsAreCodePointsSoSparqlSubstrSlicesTheAnchorAfterAnEmoji() {
        Graph g = new ReportGraphMapper(IRIS).toGraph(SampleExtraction.of("sample-2030"));
        String q = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?m ?slice WHERE {
                  ?m nif:anchorOf "某某市" ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?r .
                  ?r nif:isString ?t .
                  BIND(SUBSTR(?t, ?b + 1, ?e - ?b) AS ?slice)
                }""";
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(q).build()) {
            var row = qe.execSelect().next();
            assertEquals("某某市", row.getLiteral("slice").getString());
            int utf16 = text.indexOf("某某市。");
            assertTrue(row.getResource("m").getURI().endsWith("#char=" + (utf16 - 1) + "," + (utf16 + 2)),
                    row.getResource("m").getURI());
        }
    }

    @Test
    void sameKeyInTwoReportsIsTheSameIriAndGazetteerPlacesUseTheirCode() {
        ReportGraphMapper mapper = new ReportGraphMapper(IRIS);
        Graph a = mapper.toGraph(SampleExtraction.of("report-a"));
        Graph b = mapper.toGraph(SampleExtraction.of("report-b"));
        Node lab = NodeFactory.createURI("http://example.org/kg/entity/星河实验室");
        assertTrue(a.contains(lab, GR.mentionedIn, NodeFactory.createURI("http://example.org/kg/report/report-a")));
        assertTrue(b.contains(lab, GR.mentionedIn, NodeFactory.createURI("http://example.org/kg/report/report-b")));
        assertTrue(a.contains(NodeFactory.createURI("http://example.org/kg/place/999901"), GR.divisionCode,
                NodeFactory.createLiteralString("999901")));
        assertEquals("http://example.org/kg/graph/report-a", mapper.graphIri(SampleExtraction.of("report-a").report()));
    }

    @Test
    void relationsCarryTheSentenceThatSupportsThem() {
        Graph g = new ReportGraphMapper(IRIS).toGraph(SampleExtraction.of("sample-2030"));
        String q = """
                PREFIX gr: <https://w3id.org/govreport-kg/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?sentence WHERE {
                  ?p gr:locatedIn ?place .
                  ?st rdf:subject ?p ; rdf:predicate gr:locatedIn ; rdf:object ?place ; prov:wasDerivedFrom ?s .
                  ?s nif:anchorOf ?sentence .
                }""";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(ModelFactory.createModelForGraph(g))).query(q).build()) {
            String sentence = qe.execSelect().next().getLiteral("sentence").getString();
            assertEquals("一年来，示例区加快建设滨海科学城，区政府与星河大学共建星河实验室。", sentence);
        }
    }

    @Test
    void reportMetadataIsTyped() {
        Graph g = new ReportGraphMapper(IRIS).toGraph(SampleExtraction.of("sample-2030"));
        Node r = NodeFactory.createURI("http://example.org/kg/report/sample-2030");
        assertTrue(g.contains(r, GR.date, NodeFactory.createLiteralDT("2030-01-15",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        assertTrue(g.contains(r, GR.speaker, NodeFactory.createLiteralString("张三")));
        assertTrue(g.contains(r, GR.isString, NodeFactory.createLiteralString(text)));
    }

    @Test
    void twoEntitiesWithOneIriGetOnePreferredLabelAndTheRestAsAlternatives() {
        Extraction base = SampleExtraction.of("sample-2030");
        Entity city = base.entities().stream().filter(e -> e.key().equals("某某市")).findFirst().orElseThrow();
        Entity sameCode = new Entity("某某", city.types(), "某某", new java.util.TreeSet<>(), city.mentions(),
                city.divisionCode());
        List<Entity> entities = new java.util.ArrayList<>(base.entities());
        entities.add(sameCode);
        Graph g = new ReportGraphMapper(IRIS).toGraph(new Extraction(base.report(), entities, base.relations()));
        Node n = NodeFactory.createURI("http://example.org/kg/place/999900");
        assertEquals(1, g.find(n, GR.prefLabel, Node.ANY).toList().size());
        assertTrue(g.contains(n, GR.altLabel, NodeFactory.createLiteralLang("某某", "zh")));
        assertTrue(ShaclValidator.get().validate(shapes, g).conforms());
    }

    @Test
    void aSpanNamingTwoEntitiesGivesEachItsOwnMention() {
        Extraction base = SampleExtraction.of("sample-2030");
        Entity city = base.entities().stream().filter(e -> e.key().equals("滨海科学城")).findFirst().orElseThrow();
        Entity project = new Entity("滨海科学城二期", Set.of(EntityType.PROJECT), "滨海科学城二期", new java.util.TreeSet<>(),
                city.mentions(), Optional.empty());
        List<Entity> entities = new java.util.ArrayList<>(base.entities());
        entities.add(project);
        Graph g = new ReportGraphMapper(IRIS).toGraph(new Extraction(base.report(), entities, base.relations()));
        Mention m = city.mentions().get(0);
        String range = "http://example.org/kg/report/sample-2030#char=" + m.start() + "," + m.end();
        assertTrue(g.contains(NodeFactory.createURI(range), GR.taIdentRef,
                NodeFactory.createURI("http://example.org/kg/entity/滨海科学城")));
        assertTrue(g.contains(NodeFactory.createURI(range + "&ref=2"), GR.taIdentRef,
                NodeFactory.createURI("http://example.org/kg/entity/滨海科学城二期")));
        assertTrue(ShaclValidator.get().validate(shapes, g).conforms());
    }
}
