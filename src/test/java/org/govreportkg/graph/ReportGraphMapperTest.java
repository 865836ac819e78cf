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
        text = Files.readString(Path.of("src/test/resources/graph/sample-report.txt"), StandardCharsets.UTF_8);
    }

    /** An extraction built by hand over the fixture text, so the mapping is tested apart from the extractor. */
    static Extraction sampleExtraction(String docId) {
        CleanReport report = new CleanReport(docId, URI.create("file:///tmp/" + docId + ".txt"), text,
                new ReportMetadata(Optional.of("2030年示例区政府工作报告"), Optional.of("某某市示例区人民政府"),
                        Optional.of(2030), Optional.of(LocalDate.of(2030, 1, 15)), Optional.of("张三"),
                        Optional.of("区长"), Optional.empty()));
        int sentenceStart = text.indexOf("一年来");
        int sentenceEnd = text.indexOf("。", sentenceStart) + 1;
        List<Entity> entities = new ArrayList<>();
        entities.add(entity("示例区", Set.of(EntityType.PLACE), "999901", sentenceStart, sentenceEnd, "示例区"));
        entities.add(entity("滨海科学城", Set.of(EntityType.PLACE, EntityType.PROJECT), null, sentenceStart, sentenceEnd,
                "滨海科学城"));
        entities.add(entity("某某市示例区人民政府", Set.of(EntityType.ORGANIZATION), null, sentenceStart, sentenceEnd,
                "区政府"));
        entities.add(entity("星河实验室", Set.of(EntityType.ORGANIZATION, EntityType.PROJECT), null, sentenceStart,
                sentenceEnd, "星河实验室"));
        int s2 = text.indexOf("😀示例区") + 2;
        int e2 = text.indexOf("。", s2) + 1;
        entities.add(entity("某某市", Set.of(EntityType.PLACE), "999900", s2, e2, "某某市"));
        Relation.Span evidence = new Relation.Span(sentenceStart, sentenceEnd);
        List<Relation> relations = List.of(
                new Relation("滨海科学城", RelationKind.LOCATED_IN, "示例区", Optional.of(evidence)),
                new Relation("某某市示例区人民政府", RelationKind.INVOLVED_IN, "星河实验室", Optional.of(evidence)),
                new Relation("示例区", RelationKind.PART_OF, "某某市", Optional.empty()));
        return new Extraction(report, entities, relations);
    }

    private static Entity entity(String key, Set<EntityType> types, String code, int sentenceStart, int sentenceEnd,
                                 String surface) {
        int at = text.indexOf(surface, sentenceStart);
        Mention m = new Mention(surface, at, at + surface.length(), sentenceStart, sentenceEnd);
        TreeSet<String> alts = new TreeSet<>();
        if (!surface.equals(key)) {
            alts.add(surface);
        }
        return new Entity(key, types, key, alts, List.of(m), Optional.ofNullable(code));
    }

    @Test
    void mappedReportConformsToTheShapes() {
        Graph g = new ReportGraphMapper(IRIS).toGraph(sampleExtraction("sample-2030"));
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        assertTrue(report.conforms(), () -> {
            RDFDataMgr.write(System.err, report.getModel(), org.apache.jena.riot.Lang.TTL);
            return "SHACL violations";
        });
    }

    @Test
    void shapesRejectAMentionWhoseOffsetsDoNotSliceItsText() {
        Graph g = new ReportGraphMapper(IRIS).toGraph(sampleExtraction("sample-2030"));
        Node mention = g.find(Node.ANY, GR.anchorOf, NodeFactory.createLiteralString("星河实验室"))
                .filterKeep(t -> t.getSubject().getURI().contains("#char=")).next().getSubject();
        g.delete(Triple.create(mention, GR.anchorOf, NodeFactory.createLiteralString("星河实验室")));
        g.add(Triple.create(mention, GR.anchorOf, NodeFactory.createLiteralString("星河实验")));
        assertFalse(ShaclValidator.get().validate(shapes, g).conforms());
    }

    @Test
    void offsetsAreCodePointsSoSparqlSubstrSlicesTheAnchorAfterAnEmoji() {
        Graph g = new ReportGraphMapper(IRIS).toGraph(sampleExtraction("sample-2030"));
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
        Graph a = mapper.toGraph(sampleExtraction("report-a"));
        Graph b = mapper.toGraph(sampleExtraction("report-b"));
        Node lab = NodeFactory.createURI("http://example.org/kg/entity/星河实验室");
        assertTrue(a.contains(lab, GR.mentionedIn, NodeFactory.createURI("http://example.org/kg/report/report-a")));
        assertTrue(b.contains(lab, GR.mentionedIn, NodeFactory.createURI("http://example.org/kg/report/report-b")));
        assertTrue(a.contains(NodeFactory.createURI("http://example.org/kg/place/999901"), GR.divisionCode,
                NodeFactory.createLiteralString("999901")));
        assertEquals("http://example.org/kg/graph/report-a", mapper.graphIri(sampleExtraction("report-a").report()));
    }

    @Test
    void relationsCarryTheSentenceThatSupportsThem() {
        Graph g = new ReportGraphMapper(IRIS).toGraph(sampleExtraction("sample-2030"));
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
        Graph g = new ReportGraphMapper(IRIS).toGraph(sampleExtraction("sample-2030"));
        Node r = NodeFactory.createURI("http://example.org/kg/report/sample-2030");
        assertTrue(g.contains(r, GR.date, NodeFactory.createLiteralDT("2030-01-15",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        assertTrue(g.contains(r, GR.speaker, NodeFactory.createLiteralString("张三")));
        assertTrue(g.contains(r, GR.isString, NodeFactory.createLiteralString(text)));
    }
}
