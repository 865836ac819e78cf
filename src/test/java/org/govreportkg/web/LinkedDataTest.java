package org.govreportkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.govreportkg.graph.GR;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dereferencing the graph's IRIs: content negotiation, formats, descriptions, 404/406, HEAD. */
class LinkedDataTest {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
    static final Node SHENZHEN = uri(ExplorerServer.BASE + "place/440300");
    static final Node PINGSHAN_DISTRICT = uri(ExplorerServer.BASE + "place/440310");

    private static ExplorerServer server;

    @BeforeAll
    static void start() {
        server = ExplorerServer.get();
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Graph parse(HttpResponse<String> r, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(r.body())).lang(lang).base(ExplorerServer.BASE).parse(g);
        return g;
    }

    @Test
    void anEntityIriWithoutAcceptGivesTurtleNamingItUnderTheConfiguredBase() {
        var r = server.get("/place/440310", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/turtle;charset=utf-8");
        assertThat(r.headers().allValues("Vary")).contains("Accept");
        Graph g = parse(r, Lang.TURTLE);
        // the server runs on localhost, yet the resource is the one minted under the configured base
        assertThat(g.contains(PINGSHAN_DISTRICT, GR.prefLabel, NodeFactory.createLiteralLang("坪山区", "zh"))).isTrue();
        assertThat(g.contains(PINGSHAN_DISTRICT, GR.divisionCode, NodeFactory.createLiteralString("440310"))).isTrue();
        assertThat(g.contains(PINGSHAN_DISTRICT, GR.partOf, SHENZHEN)).isTrue();
    }

    @Test
    void theDescriptionHasLabelsOfLinkedResourcesAndInboundRelationsButNoMentions() {
        Graph g = parse(server.get("/place/440310", "text/turtle"), Lang.TURTLE);
        assertThat(g.contains(SHENZHEN, GR.prefLabel, Node.ANY)).as("label of the place it is part of").isTrue();
        Node report = uri(ExplorerServer.BASE + "report/" + ExplorerServer.PINGSHAN);
        assertThat(g.contains(report, GR.title, NodeFactory.createLiteralLang("2018年坪山区政府工作报告", "zh"))).isTrue();
        List<Triple> inbound = new ArrayList<>();
        Txn.executeRead(server.store.datasetGraph(), () -> server.store.datasetGraph().getUnionGraph()
                .find(Node.ANY, GR.locatedIn, PINGSHAN_DISTRICT).forEachRemaining(inbound::add));
        assertThat(inbound).isNotEmpty();
        for (Triple t : inbound) {
            assertThat(g.contains(t)).as(t.toString()).isTrue();
            assertThat(g.contains(t.getSubject(), GR.prefLabel, Node.ANY)).isTrue();
        }
        assertThat(g.contains(Node.ANY, GR.isString, Node.ANY)).as("no report text in an entity's description").isFalse();
        assertThat(g.contains(Node.ANY, GR.taIdentRef, Node.ANY)).isFalse();
    }

    @Test
    void jsonLdNTriplesAndRdfXmlDescribeTheSameResource() {
        for (var format : List.of(List.of("application/ld+json", Lang.JSONLD), List.of("application/n-triples", Lang.NTRIPLES),
                List.of("application/rdf+xml", Lang.RDFXML))) {
            var r = server.get("/place/440310", (String) format.get(0));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue(format.get(0) + ";charset=utf-8");
            Graph g = parse(r, (Lang) format.get(1));
            assertThat(g.contains(PINGSHAN_DISTRICT, GR.prefLabel, NodeFactory.createLiteralLang("坪山区", "zh")))
                    .as(format.get(0).toString()).isTrue();
        }
    }

    @Test
    void qValuesDecideAndTheFormatParameterOverridesAccept() {
        assertThat(server.get("/place/440310", "text/turtle;q=0.5, application/ld+json").headers()
                .firstValue("Content-Type")).hasValue("application/ld+json;charset=utf-8");
        assertThat(server.get("/place/440310", BROWSER).headers().firstValue("Content-Type"))
                .hasValue("text/html;charset=utf-8");
        var nt = server.get("/place/440310?format=nt", BROWSER);
        assertThat(nt.headers().firstValue("Content-Type")).hasValue("application/n-triples;charset=utf-8");
        assertThat(parse(nt, Lang.NTRIPLES).contains(PINGSHAN_DISTRICT, GR.divisionCode, Node.ANY)).isTrue();
        var unknown = server.get("/place/440310?format=yaml", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("'yaml'").contains("ttl");
    }

    @Test
    void anUnproducibleAcceptGets406WithVary() {
        var r = server.get("/place/440310", "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
        assertThat(r.headers().allValues("Vary")).contains("Accept");
        assertThat(r.body()).contains("image/png").contains("text/turtle");
    }

    @Test
    void unknownIrisGet404NamingTheIri() {
        for (String path : List.of("/entity/%E4%B8%8D%E5%AD%98%E5%9C%A8", "/place/999999", "/report/nope", "/graph/nope")) {
            var r = server.get(path, "text/turtle");
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
            assertThat(r.body()).contains(ExplorerServer.BASE + path.substring(1, path.lastIndexOf('/') + 1));
        }
        assertThat(server.get("/entity/%E4%B8%8D%E5%AD%98%E5%9C%A8", BROWSER).body())
                .isEqualTo("No resource " + ExplorerServer.BASE + "entity/不存在 in this knowledge graph\n");
    }

    @Test
    void keysWithSlashesAndEncodedCharactersResolveToTheMintedIri() {
        var scoped = server.get("/entity/%E6%9F%90%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C/%E5%8C%BA%E6%94%BF%E5%BA%9C", null);
        assertThat(scoped.statusCode()).isEqualTo(200);
        assertThat(parse(scoped, Lang.TURTLE).contains(uri(ExplorerServer.BASE + "entity/某区人民政府/区政府"), GR.involvedIn,
                uri(ExplorerServer.BASE + "entity/A%20%3Cb%3E&co"))).isTrue();
        // a space and angle brackets arrive percent-encoded, in upper or lower case hex
        for (String path : List.of("/entity/A%20%3Cb%3E&co", "/entity/A%20%3cb%3e&co")) {
            var r = server.get(path, "application/n-triples");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(parse(r, Lang.NTRIPLES).contains(uri(ExplorerServer.BASE + "entity/A%20%3Cb%3E&co"), GR.prefLabel,
                    NodeFactory.createLiteralLang("A <b>&co", "zh"))).isTrue();
        }
    }

    @Test
    void aClientGivenTheIriFormWithChineseCharactersFindsTheResource() {
        // what a linked-data client does with the IRI as published: java.net.URI keeps the CJK characters and
        // the client encodes them as UTF-8 on the wire
        var r = server.send(HttpRequest.newBuilder(URI.create(server.url + "/entity/某区人民政府/区政府"))
                .header("Accept", "application/n-triples").build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<" + ExplorerServer.BASE + "entity/某区人民政府/区政府> "
                + "<https://w3id.org/govreport-kg/ontology#involvedIn> <" + ExplorerServer.BASE + "entity/A%20%3Cb%3E&co> .");
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        var head = server.head("/place/440310", "application/ld+json");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("application/ld+json;charset=utf-8");
        assertThat(head.body()).isEmpty();
        assertThat(server.head("/entity/%E4%B8%8D%E5%AD%98%E5%9C%A8", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(server.head("/report/" + ExplorerServer.PINGSHAN, BROWSER).headers().firstValue("Content-Type"))
                .hasValue("text/html;charset=utf-8");
    }

    @Test
    void aReportIriDescribesTheReportNodeAndAGraphIriSendsTheWholeGraph() {
        Node report = uri(ExplorerServer.BASE + "report/" + ExplorerServer.PINGSHAN);
        Graph r = parse(server.get("/report/" + ExplorerServer.PINGSHAN, "text/turtle"), Lang.TURTLE);
        assertThat(r.contains(report, GR.date, NodeFactory.createLiteralDT("2018-01-25",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate))).isTrue();
        assertThat(r.contains(report, GR.speaker, NodeFactory.createLiteralString("陶永欣"))).isTrue();
        assertThat(r.find(Node.ANY, Node.ANY, Node.ANY).toList()).allMatch(t -> t.getSubject().equals(report));

        Node graphName = uri(ExplorerServer.BASE + "graph/" + ExplorerServer.PINGSHAN);
        Graph whole = parse(server.get("/graph/" + ExplorerServer.PINGSHAN, "application/n-triples"), Lang.NTRIPLES);
        long stored = Txn.calculateRead(server.store.datasetGraph(), () -> (long) server.store.datasetGraph()
                .getGraph(graphName).size());
        assertThat((long) whole.size()).isEqualTo(stored).isGreaterThan(1000);
    }

    @Test
    void htmlPagesLinkEachRdfFormat() {
        var page = org.jsoup.Jsoup.parse(server.get("/place/440310", BROWSER).body());
        assertThat(page.select("link[rel=alternate]").eachAttr("type"))
                .containsExactly("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml");
        assertThat(page.select("link[rel=alternate]").eachAttr("href")).contains("/place/440310?format=jsonld");
        for (String href : page.select(".formats a").eachAttr("href")) {
            var r = server.send(HttpRequest.newBuilder(URI.create(server.url + href)).header("Accept", BROWSER).build());
            assertThat(r.statusCode()).as(href).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).as(href).doesNotStartWith("text/html");
        }
    }
}
