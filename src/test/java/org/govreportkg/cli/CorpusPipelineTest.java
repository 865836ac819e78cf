package org.govreportkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.govreportkg.store.ReportStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The five corpus reports through every stage into a real TDB2 store, checked with concrete facts. */
class CorpusPipelineTest {

    private static final String PREFIXES = """
            PREFIX gr: <https://w3id.org/govreport-kg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private static List<QuerySolution> select(String query) {
        try (ReportStore store = CorpusStore.open()) {
            return store.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                    // copy each row while the transaction is open: TDB2 resolves nodes lazily
                    List<QuerySolution> rows = new ArrayList<>();
                    qe.execSelect().forEachRemaining(row -> {
                        QuerySolutionMap copy = new QuerySolutionMap();
                        row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                        rows.add(copy);
                    });
                    return rows;
                }
            });
        }
    }

    @Test
    void everyReportIsIngestedIntoItsOwnNamedGraph() {
        assertEquals(0, CorpusStore.INGEST_STATUS, CorpusStore.INGEST_OUTPUT);
        try (ReportStore store = CorpusStore.open()) {
            assertEquals(List.of("http://localhost:8080/graph/futian-2019", "http://localhost:8080/graph/longgang-2023",
                    "http://localhost:8080/graph/pingshan-2018", "http://localhost:8080/graph/shenzhen-2020-part2",
                    "http://localhost:8080/graph/shenzhen-2023"), store.graphNames());
        }
        assertTrue(CorpusStore.INGEST_OUTPUT.contains("5 of 5 reports ingested"), CorpusStore.INGEST_OUTPUT);
        assertTrue(CorpusStore.INGEST_OUTPUT.lines().anyMatch(l -> l.matches(
                "longgang-2023: [0-9,]+ characters kept, [0-9,]+ entities, [0-9,]+ triples, [0-9,]+ ms .*")),
                CorpusStore.INGEST_OUTPUT);
    }

    @Test
    void reportMetadataIsReadFromTheText() {
        List<QuerySolution> rows = select("""
                SELECT ?speaker ?role ?date ?year WHERE {
                  GRAPH <http://localhost:8080/graph/longgang-2023> {
                    ?r a gr:Report ; gr:speaker ?speaker ; gr:speakerRole ?role ; dcterms:date ?date ; gr:year ?year
                  }
                }""");
        assertEquals(1, rows.size());
        assertEquals("王策飞", rows.get(0).getLiteral("speaker").getString());
        assertEquals("区长", rows.get(0).getLiteral("role").getString());
        assertEquals("2023-01-12", rows.get(0).getLiteral("date").getLexicalForm());
        assertEquals(2023, rows.get(0).getLiteral("year").getInt());

        List<QuerySolution> sz = select("""
                SELECT ?body ?date WHERE {
                  GRAPH <http://localhost:8080/graph/shenzhen-2023> { ?r gr:issuingBody ?body ; dcterms:date ?date }
                }""");
        assertEquals("深圳市人民政府", sz.get(0).getLiteral("body").getString());
        assertEquals("2023-02-14", sz.get(0).getLiteral("date").getLexicalForm());
    }

    @Test
    void noSiteBoilerplateReachesAnyLiteral() {
        for (String junk : List.of("粤ICP备", "推荐阅读", "微信扫码", "公网安备", "信息索引号", "链接快照", "SUCAI198",
                "网站地图", "预计阅读时长")) {
            List<QuerySolution> rows = select(
                    "SELECT ?s ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER(isLiteral(?o) && CONTAINS(STR(?o), \"" + junk
                            + "\")) } } LIMIT 1");
            assertTrue(rows.isEmpty(), () -> junk + " found in " + rows.get(0));
        }
    }

    @Test
    void everyMentionsOffsetsSliceExactlyItsTextOutOfTheReport() {
        List<QuerySolution> total = select("SELECT (COUNT(*) AS ?n) WHERE { ?m a gr:Mention }");
        assertTrue(total.get(0).getLiteral("n").getInt() > 500, "too few mentions: " + total.get(0));
        List<QuerySolution> bad = select("""
                SELECT ?m ?anchor ?slice WHERE {
                  GRAPH ?g {
                    ?m a gr:Mention ; nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ;
                       nif:referenceContext/nif:isString ?text .
                    BIND(SUBSTR(?text, ?b + 1, ?e - ?b) AS ?slice)
                    FILTER(?slice != ?anchor)
                  }
                } LIMIT 5""");
        assertTrue(bad.isEmpty(), () -> "mentions whose offsets do not slice their text: " + bad);
    }

    @Test
    void everyReportGraphConformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        try (ReportStore store = CorpusStore.open()) {
            for (String name : store.graphNames()) {
                Graph copy = Txn.calculateRead(store.datasetGraph(), () -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    store.datasetGraph().getGraph(NodeFactory.createURI(name)).find().forEachRemaining(g::add);
                    return g;
                });
                ValidationReport report = ShaclValidator.get().validate(shapes, copy);
                assertTrue(report.conforms(), () -> {
                    StringWriter w = new StringWriter();
                    RDFDataMgr.write(w, report.getModel(), org.apache.jena.riot.Lang.TTL);
                    return name + " violates the shapes:\n" + w.toString().substring(0, Math.min(3000, w.toString().length()));
                });
            }
        }
    }

    @Test
    void theSamePlaceInTwoReportsIsOneIri() {
        List<QuerySolution> rows = select("""
                SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?p gr:divisionCode "440300" ; gr:mentionedIn ?r }""");
        assertEquals(5, rows.get(0).getLiteral("n").getInt());
    }

    @Test
    void reingestingAReportReplacesItsGraphAndABadSourceLosesNothing(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        Path report = dir.resolve("pingshan-2018.txt");
        Files.copy(Path.of("data/pingshan-2018.txt"), report);
        assertEquals(0, run("ingest", "--store", store.toString(), report.toString()));
        long first = tripleCount(store);
        assertEquals(0, run("ingest", "--store", store.toString(), report.toString()));
        assertEquals(first, tripleCount(store), "re-ingest must replace, not add");

        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute("ingest", "--store", store.toString(), empty.toString(), "no-such-report.txt");
        assertEquals(1, status);
        assertTrue(err.toString().contains("no-such-report.txt"), err.toString());
        assertEquals(first, tripleCount(store), "a failed ingest must leave the store as it was");
    }

    private static int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private static long tripleCount(Path store) {
        try (ReportStore s = ReportStore.open(store)) {
            return s.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds)
                        .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }
}
