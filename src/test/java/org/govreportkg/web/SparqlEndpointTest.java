package org.govreportkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreportkg.web.W3cProtocolTest.assertBoolean;
import static org.govreportkg.web.W3cProtocolTest.assertClientError;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of tracker issue 5 for the protocol, formats, service description, HTTP methods and safety. */
class SparqlEndpointTest {

    private static final String SNOWMAN = "东京 ☃ 😀";
    private static final String LABEL_QUERY = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT DISTINCT ?label WHERE { ?s rdfs:label ?label FILTER(?label = \"" + SNOWMAN + "\") }";
    private static final String CONSTRUCT_QUERY = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "CONSTRUCT { ?s rdfs:label ?label } WHERE { ?s rdfs:label ?label FILTER(?label = \"" + SNOWMAN + "\") }";
    private static final String ALPHA = "https://w3id.org/govreport-kg/report/alpha-2020";
    private static final String BETA = "https://w3id.org/govreport-kg/report/beta-2021";

    private static TestServer server;

    @BeforeAll
    static void start(@TempDir Path dir) {
        server = TestServer.start(dir, 2000);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static ResultSet results(HttpResponse<String> r, Lang lang) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
    }

    private static List<String> column(ResultSet rs, String var) {
        List<String> values = new ArrayList<>();
        rs.forEachRemaining(row -> {
            RDFNode n = row.get(var);
            values.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        });
        return values;
    }

    // ---- Protocol: GET, form POST, direct POST, charset, + as space

    @Test
    void getDecodesPlusAsSpace() {
        var r = server.get("/sparql?query=ASK+%7B+%3Fs+%3Fp+%3Fo+%7D", null);
        assertBoolean(r, true);
    }

    @Test
    void formPostAcceptsUtf8CharsetAndPlusAsSpace() {
        var r = server.post("/sparql", "application/x-www-form-urlencoded; charset=UTF-8",
                "query=" + URLEncoder.encode(LABEL_QUERY, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertThat(column(results(r, ResultSetLang.RS_JSON), "label")).containsExactly(SNOWMAN);
    }

    @Test
    void directPostAcceptsUtf8Charset() {
        var r = server.post("/sparql", "application/sparql-query;charset=utf-8", LABEL_QUERY, "application/sparql-results+json");
        assertThat(column(results(r, ResultSetLang.RS_JSON), "label")).containsExactly(SNOWMAN);
    }

    // ---- Dataset

    @Test
    void withoutDatasetTheDefaultGraphIsTheUnionOfAllReports() {
        var r = server.get(q("SELECT ?s WHERE { ?s <http://purl.org/dc/terms/title> ?t } ORDER BY ?s"), null);
        assertThat(column(results(r, ResultSetLang.RS_JSON), "s")).containsExactly(ALPHA, BETA);
    }

    @Test
    void protocolDefaultGraphSelectsOneReport() {
        var r = server.get(q("SELECT ?s WHERE { ?s <http://purl.org/dc/terms/title> ?t }")
                + "&default-graph-uri=" + URLEncoder.encode(BETA, StandardCharsets.UTF_8), null);
        assertThat(column(results(r, ResultSetLang.RS_JSON), "s")).containsExactly(BETA);
    }

    @Test
    void protocolDatasetOverridesFromAndFromNamed() {
        String query = "SELECT ?s ?g FROM <" + ALPHA + "> FROM NAMED <" + ALPHA + "> WHERE { "
                + "{ ?s <http://purl.org/dc/terms/title> ?t } UNION { GRAPH ?g { ?g <http://purl.org/dc/terms/title> ?t2 } } }";
        var r = server.get(q(query) + "&default-graph-uri=" + URLEncoder.encode(BETA, StandardCharsets.UTF_8)
                + "&named-graph-uri=" + URLEncoder.encode(BETA, StandardCharsets.UTF_8), null);
        List<String> seen = new ArrayList<>();
        results(r, ResultSetLang.RS_JSON).forEachRemaining(row ->
                seen.add(row.contains("s") ? "s=" + row.get("s") : "g=" + row.get("g")));
        assertThat(seen).containsExactlyInAnyOrder("s=" + BETA, "g=" + BETA);
    }

    @Test
    void fromSelectsStoredGraphsWithoutProtocolParameters() {
        var r = server.get(q("SELECT ?s FROM <" + ALPHA + "> WHERE { ?s <http://purl.org/dc/terms/title> ?t }"), null);
        assertThat(column(results(r, ResultSetLang.RS_JSON), "s")).containsExactly(ALPHA);
    }

    @Test
    void unknownGraphIsAnEmptyGraph() {
        var r = server.get(q("SELECT * WHERE { ?s ?p ?o }") + "&default-graph-uri=https%3A%2F%2Fexample.org%2Fno-such-graph", null);
        assertThat(column(results(r, ResultSetLang.RS_JSON), "s")).isEmpty();
    }

    @Test
    void remoteGraphIrisAreNeverDereferenced() throws Exception {
        try (ServerSocketChannel listener = listener()) {
            String remote = "http://127.0.0.1:" + ((InetSocketAddress) listener.getLocalAddress()).getPort() + "/data.ttl";
            var viaFrom = server.get(q("SELECT * FROM <" + remote + "> WHERE { ?s ?p ?o }"), null);
            var viaProtocol = server.get(q("SELECT * WHERE { ?s ?p ?o }") + "&default-graph-uri="
                    + URLEncoder.encode(remote, StandardCharsets.UTF_8), null);
            assertThat(column(results(viaFrom, ResultSetLang.RS_JSON), "s")).isEmpty();
            assertThat(column(results(viaProtocol, ResultSetLang.RS_JSON), "s")).isEmpty();
            assertThat(listener.accept()).as("a connection reached the remote host").isNull();
        }
    }

    // ---- Client errors: 4xx with a message naming the problem, never a stack trace

    @Test
    void syntaxErrorIs400WithPosition() {
        var r = server.get(q("SELECT * WHERE { ?s ?p }"), null);
        assertClientError(r);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).startsWith("SPARQL syntax error").contains("line 1");
        assertThat(r.body().lines().count()).isEqualTo(1);
    }

    @Test
    void twoQueryParametersAre400() {
        var r = server.post("/sparql?query=ASK%7B%7D", "application/x-www-form-urlencoded", "query=ASK%7B%7D", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("More than one query");
    }

    @Test
    void queryParameterNextToDirectBodyIs400() {
        var r = server.post("/sparql?query=ASK%7B%7D", "application/sparql-query", "ASK {}", null);
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void emptyQueryIs400() {
        assertThat(server.get("/sparql?query=", null).body()).contains("empty");
        assertThat(server.get("/sparql?query=", null).statusCode()).isEqualTo(400);
        var direct = server.post("/sparql", "application/sparql-query", "  ", null);
        assertThat(direct.statusCode()).isEqualTo(400);
        assertThat(direct.body()).contains("empty");
    }

    @Test
    void parametersWithoutQueryAre400() {
        var r = server.get("/sparql?default-graph-uri=" + URLEncoder.encode(ALPHA, StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("'query'");
    }

    @Test
    void missingOrWrongContentTypeIs415() {
        var missing = server.post("/sparql", null, "ASK {}", null);
        var wrong = server.post("/sparql", "text/plain", "ASK {}", null);
        var json = server.post("/sparql", "application/json", "{\"query\":\"ASK {}\"}", null);
        assertThat(List.of(missing.statusCode(), wrong.statusCode(), json.statusCode())).containsOnly(415);
        assertThat(missing.body()).contains("without Content-Type");
        assertThat(wrong.body()).contains("text/plain");
    }

    @Test
    void nonUtf8CharsetIs415() {
        var r = server.post("/sparql", "application/x-www-form-urlencoded; charset=ISO-8859-1", "query=ASK%7B%7D", null);
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.body()).contains("ISO-8859-1");
    }

    @Test
    void updateIsRefusedByGetFormAndDirectPost() {
        var get = server.get("/sparql?update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8), null);
        var form = server.post("/sparql", "application/x-www-form-urlencoded", "update=DROP+ALL", null);
        var direct = server.post("/sparql", "application/sparql-update", "DROP ALL", null);
        for (var r : List.of(get, form, direct)) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("read-only");
        }
        assertThat(column(results(server.get(q("SELECT ?s WHERE { ?s <http://purl.org/dc/terms/title> ?t }"), null),
                ResultSetLang.RS_JSON), "s")).hasSize(2);
    }

    @Test
    void graphStoreWritesAreRefused() {
        String turtle = "<https://example.org/a> <https://example.org/b> <https://example.org/c> .";
        var post = server.post("/sparql?graph=" + URLEncoder.encode(ALPHA, StandardCharsets.UTF_8), "text/turtle", turtle, null);
        assertThat(post.statusCode()).isEqualTo(403);
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            var r = server.send(server.request("/sparql?graph=" + URLEncoder.encode(ALPHA, StandardCharsets.UTF_8))
                    .header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString(turtle)).build());
            assertThat(r.statusCode()).as(method).isEqualTo(405);
            assertAllow(r, "GET", "HEAD", "POST", "OPTIONS");
        }
        assertBoolean(server.get(q("ASK { <https://example.org/a> ?p ?o }"), null), false);
    }

    @Test
    void noResponseBodyContainsAStackTrace() {
        List<HttpResponse<String>> responses = List.of(
                server.get(q("SELECT ?x WHERE { ?x ?y }"), null),
                server.get(q("SELECT (COUNT(?x) AS ?n) ?y WHERE { ?x ?p ?y }"), null),
                server.post("/sparql", "application/x-www-form-urlencoded", "query=%ZZ", null),
                server.get("/sparql?query=%FF%FE", null),
                server.post("/sparql?default-graph-uri=%C3%28", "application/sparql-query", "ASK {}", null),
                server.get("/sparql?query=ASK%7B%7D&timeout=soon", null),
                server.get("/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri", null),
                server.get("/no/such/page", null));
        for (var r : responses) {
            assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.apache");
        }
    }

    // ---- Result formats and content negotiation

    @Test
    void selectInEachResultFormatCarriesUtf8() {
        for (Lang lang : List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV)) {
            var r = server.get(q(LABEL_QUERY), lang.getHeaderString());
            assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith(lang.getHeaderString()).containsIgnoringCase("charset=utf-8");
            assertThat(r.headers().firstValue("Vary").orElseThrow()).contains("Accept");
            assertThat(column(results(r, lang), "label")).as(lang.getName()).containsExactly(SNOWMAN);
        }
    }

    @Test
    void askInJsonAndXml() {
        var json = server.get(q("ASK { ?s a <https://w3id.org/govreport-kg/ontology#Project> }"), "application/sparql-results+json");
        var xml = server.get(q("ASK { ?s a <https://w3id.org/govreport-kg/ontology#Nothing> }"), "application/sparql-results+xml");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+json");
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+xml");
        assertBoolean(json, true);
        assertBoolean(xml, false);
    }

    @Test
    void constructInEachRdfFormatCarriesUtf8() {
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML, Lang.JSONLD)) {
            var r = server.get(q(CONSTRUCT_QUERY), lang.getHeaderString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(lang.getHeaderString());
            assertThat(r.headers().firstValue("Vary").orElseThrow()).contains("Accept");
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), lang).parse(m);
            assertThat(m.listObjects().mapWith(o -> o.asLiteral().getLexicalForm()).toList())
                    .as(lang.getName()).containsExactly(SNOWMAN);
            assertThat(m.listSubjects().mapWith(Resource::getURI).toList()).containsExactly(TestServer.EX + "place1");
        }
    }

    @Test
    void describeReturnsTheResourceDescription() {
        var r = server.get(q("DESCRIBE <" + TestServer.EX + "org2>"), "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(m);
        assertThat(m.contains(m.createResource(TestServer.EX + "org2"), RDF.type,
                m.createResource("https://w3id.org/govreport-kg/ontology#Organization"))).isTrue();
    }

    @Test
    void qValuesDecide() {
        var r = server.get(q(LABEL_QUERY), "text/csv;q=0.5, application/sparql-results+xml;q=0.9, application/sparql-results+json;q=0.1");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+xml");
        var g = server.get(q(CONSTRUCT_QUERY), "text/turtle;q=0.2, application/ld+json;q=0.8");
        assertThat(g.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
    }

    @Test
    void wildcardAndNoAcceptGetDefaults() {
        assertThat(server.get(q(LABEL_QUERY), "*/*").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/sparql-results+json");
        assertThat(server.get(q(LABEL_QUERY), null).headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/sparql-results+json");
        assertThat(server.get(q(CONSTRUCT_QUERY), "*/*").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/turtle");
        // a browser's Accept: no HTML offered for results, so */* picks the default
        assertThat(server.get(q(LABEL_QUERY), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+xml");
    }

    @Test
    void unproducibleAcceptIs406() {
        var select = server.get(q(LABEL_QUERY), "image/png");
        var construct = server.get(q(CONSTRUCT_QUERY), "application/sparql-results+json");
        assertThat(select.statusCode()).isEqualTo(406);
        assertThat(select.body()).contains("image/png");
        assertThat(construct.statusCode()).isEqualTo(406);
        assertThat(select.headers().firstValue("Vary").orElseThrow()).contains("Accept");
    }

    @Test
    void jenaRemoteClientReadsResults() {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.url("/sparql")).query(LABEL_QUERY).build()) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            assertThat(row.getLiteral("label").getLexicalForm()).isEqualTo(SNOWMAN);
            assertThat(rs.hasNext()).isFalse();
        }
    }

    // ---- Service description

    @Test
    void serviceDescriptionInTurtleDescribesEndpointLanguagesFormatsAndDataset() {
        var r = server.get("/sparql", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        String sd = ServiceDescription.SD;
        Resource service = m.listSubjectsWithProperty(RDF.type, m.createResource(sd + "Service")).next();
        assertThat(service.getPropertyResourceValue(m.createProperty(sd, "endpoint")).getURI()).isEqualTo(server.url("/sparql"));
        assertThat(service.getPropertyResourceValue(m.createProperty(sd, "supportedLanguage")).getURI())
                .isEqualTo(sd + "SPARQL11Query");
        Set<String> formats = new TreeSet<>();
        service.listProperties(m.createProperty(sd, "resultFormat")).forEachRemaining(s -> formats.add(s.getResource().getURI()));
        assertThat(formats).contains("http://www.w3.org/ns/formats/SPARQL_Results_JSON",
                "http://www.w3.org/ns/formats/SPARQL_Results_CSV", "http://www.w3.org/ns/formats/Turtle",
                "http://www.w3.org/ns/formats/JSON-LD").hasSize(8);
        Resource dataset = service.getPropertyResourceValue(m.createProperty(sd, "defaultDataset"));
        assertThat(dataset.getPropertyResourceValue(m.createProperty(sd, "defaultGraph"))).isNotNull();
        Set<String> names = new TreeSet<>();
        dataset.listProperties(m.createProperty(sd, "namedGraph")).forEachRemaining(s ->
                names.add(s.getResource().getPropertyResourceValue(m.createProperty(sd, "name")).getURI()));
        assertThat(names).contains(ALPHA, BETA, TestServer.NUMBERS_GRAPH).hasSize(6);
        assertThat(service.hasProperty(m.createProperty(sd, "feature"), m.createResource(sd + "UnionDefaultGraph"))).isTrue();
    }

    @Test
    void serviceDescriptionByConneg() {
        for (Lang lang : List.of(Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES)) {
            var r = server.get("/sparql", lang.getHeaderString());
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(lang.getHeaderString());
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), lang).parse(m);
            assertThat(m.listResourcesWithProperty(RDF.type, m.createResource(ServiceDescription.SD + "Service")).toList())
                    .as(lang.getName()).hasSize(1);
        }
        assertThat(server.get("/sparql", "*/*").headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(server.get("/sparql", "application/sparql-results+json").statusCode()).isEqualTo(406);
    }

    @Test
    void browsersAreSentToTheQueryEditor() {
        var r = server.get("/sparql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).isEqualTo("/query.html");
        var editor = server.get("/query.html", null);
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body()).contains("new Yasgui(").contains("/sparql");
        var script = server.get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
    }

    // ---- HTTP: HEAD, OPTIONS, 405 with Allow

    @Test
    void headAnswersLikeGetWithoutBody() {
        for (String path : List.of(q(LABEL_QUERY), "/sparql", "/", q("ASK {"))) {
            var get = server.get(path, "text/turtle, application/sparql-results+xml;q=0.5");
            var head = server.send(server.request(path).header("Accept", "text/turtle, application/sparql-results+xml;q=0.5")
                    .HEAD().build());
            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(head.headers().firstValue("Content-Type")).as(path).isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.headers().firstValue("Vary")).as(path).isEqualTo(get.headers().firstValue("Vary"));
            assertThat(head.body()).isEmpty();
            assertThat(get.body()).isNotEmpty();
        }
    }

    @Test
    void optionsListsAllowedMethods() {
        var r = server.send(server.request("/sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertAllow(r, "GET", "HEAD", "POST", "OPTIONS");
        assertThat(r.headers().firstValue("Accept-Patch")).isEmpty();
        var index = server.send(server.request("/").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertAllow(index, "GET", "HEAD", "OPTIONS");
    }

    @Test
    void every405CarriesAllow() {
        var put = server.send(server.request("/sparql").PUT(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertThat(put.statusCode()).isEqualTo(405);
        assertAllow(put, "GET", "HEAD", "POST", "OPTIONS");
        var postIndex = server.post("/", "application/sparql-query", "ASK {}", null);
        assertThat(postIndex.statusCode()).isEqualTo(405);
        assertAllow(postIndex, "GET", "HEAD", "OPTIONS");
        var deleteEditor = server.send(server.request("/query.html").DELETE().build());
        assertThat(deleteEditor.statusCode()).isEqualTo(405);
        assertAllow(deleteEditor, "GET", "HEAD", "OPTIONS");
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    private static void assertAllow(HttpResponse<String> r, String... methods) {
        String allow = r.headers().firstValue("Allow").orElseThrow(() -> new AssertionError("no Allow header: " + r));
        Set<String> listed = new TreeSet<>();
        for (String m : allow.split(",")) {
            listed.add(m.trim());
        }
        assertThat(listed).containsExactlyInAnyOrder(methods);
    }

    // ---- CORS

    @Test
    void corsAllowsAnyOriginWithoutCredentials() {
        var get = server.send(server.request(q(LABEL_QUERY)).header("Origin", "https://yasgui.example").GET().build());
        var post = server.send(server.request("/sparql").header("Origin", "https://yasgui.example")
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        var preflight = server.send(server.request("/sparql").header("Origin", "https://yasgui.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        for (var r : List.of(get, post, preflight)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        }
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
    }

    // ---- SERVICE

    @Test
    void serviceIsRefusedWithoutOpeningAConnection() throws Exception {
        try (ServerSocketChannel listener = listener()) {
            String remote = "http://127.0.0.1:" + ((InetSocketAddress) listener.getLocalAddress()).getPort() + "/sparql";
            List<String> queries = List.of(
                    "SELECT * WHERE { SERVICE <" + remote + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { SERVICE SILENT <" + remote + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + remote + "> { ?s ?p ?o } } } }",
                    "ASK { FILTER NOT EXISTS { SERVICE <" + remote + "> { ?s ?p ?o } } }");
            for (String query : queries) {
                var r = server.get(q(query), null);
                assertThat(r.statusCode()).as(query).isEqualTo(400);
                assertThat(r.body()).contains("SERVICE").contains("disabled");
            }
            assertThat(listener.accept()).as("a connection reached the remote host").isNull();
        }
    }

    /** A local listener nobody should call; non-blocking so that checking it never waits. */
    private static ServerSocketChannel listener() throws Exception {
        ServerSocketChannel channel = ServerSocketChannel.open();
        channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        channel.configureBlocking(false);
        return channel;
    }

    // ---- Request size

    @Test
    void longQueryStringIs414() {
        String padding = "#" + "x".repeat(70 * 1024) + "\n";
        var r = server.send(server.request(q(padding + "ASK {}")).header("Origin", "https://yasgui.example").GET().build());
        assertThat(r.statusCode()).isEqualTo(414);
        assertThat(r.body()).contains("POST");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void largeBodyIs413WithOrWithoutContentLength() {
        String query = "#" + "x".repeat(100 * 1024) + "\nASK {}";
        var sized = server.post("/sparql", "application/sparql-query", query, null);
        assertThat(sized.statusCode()).isEqualTo(413);
        var chunked = server.send(server.request("/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(query.getBytes(StandardCharsets.UTF_8)))).build());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("65536 bytes");
        var multiMegabyte = server.post("/sparql", "application/sparql-query", "#" + "x".repeat(3 * 1024 * 1024), null);
        assertThat(multiMegabyte.statusCode()).isEqualTo(413);
    }

    @Test
    void bodyJustUnderTheLimitIsAccepted() {
        String query = "#" + "x".repeat(60 * 1024) + "\nASK {}";
        assertBoolean(server.post("/sparql", "application/sparql-query", query, null), true);
    }

    // ---- Timeout requested by the client

    @Test
    void clientMayAskForAShorterTimeout() {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + TestServer.NUMBERS_GRAPH + "> { ?a ?p ?x . ?b ?p ?y . ?c ?p ?z } }";
        var r = server.get(q(slow) + "&timeout=0.5", null);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("timed out after 0.5 s").contains("maximum is 30 s");
    }

    // ---- Streaming

    @Test
    void largeResultIsStreamedChunkedBeforeItIsComplete() throws Exception {
        // 4 million rows, far more than the first reads below: each format must start sending long before the end
        String big = "SELECT ?a ?b WHERE { GRAPH <" + TestServer.NUMBERS_GRAPH + "> { ?a ?p ?x . ?b ?p ?y } }";
        for (Lang lang : List.of(ResultSetLang.RS_TSV, ResultSetLang.RS_CSV, ResultSetLang.RS_JSON, ResultSetLang.RS_XML)) {
            HttpResponse<InputStream> r = server.http.send(
                    server.request(q(big)).header("Accept", lang.getHeaderString()).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Length")).as(lang.getName()).isEmpty();
                assertThat(r.headers().firstValue("Transfer-Encoding")).as(lang.getName()).hasValue("chunked");
                String text = new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8);
                assertThat(occurrences(text, TestServer.EX + "n"))
                        .as(lang.getName()).isGreaterThan(1000);
                if (lang == ResultSetLang.RS_TSV) {
                    assertThat(text).startsWith("?a\t?b\n<" + TestServer.EX + "n");
                }
            }
        }
    }

    @Test
    void largeConstructIsStreamedInTurtleAndNTriples() throws Exception {
        String big = "CONSTRUCT { ?a <urn:p> ?b } WHERE { GRAPH <" + TestServer.NUMBERS_GRAPH + "> { ?a ?p ?x . ?b ?p ?y } }";
        for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES)) {
            HttpResponse<InputStream> r = server.http.send(
                    server.request(q(big)).header("Accept", lang.getHeaderString()).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("Transfer-Encoding")).as(lang.getName()).hasValue("chunked");
                String text = new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8);
                assertThat(occurrences(text, TestServer.EX + "n")).as(lang.getName()).isGreaterThan(1000);
            }
        }
    }
}
