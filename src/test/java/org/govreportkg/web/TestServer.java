package org.govreportkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govreportkg.store.ReportStore;
import org.springframework.context.ConfigurableApplicationContext;

/** A real store in a temporary directory, loaded from fixtures, behind a real server on a random port. */
final class TestServer implements AutoCloseable {

    static final String NUMBERS_GRAPH = "https://example.org/test/numbers";
    static final String EX = "https://example.org/test#";

    private final ReportStore store;
    private final ConfigurableApplicationContext context;
    private final String base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestServer(ReportStore store, ConfigurableApplicationContext context) {
        this.store = store;
        this.context = context;
        this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** Starts a server over {@code web/reports.trig}; {@code numbers} adds a graph of that many triples. */
    static TestServer start(Path dir, int numbers, String... args) {
        ReportStore store = ReportStore.open(dir);
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        try (InputStream in = TestServer.class.getResourceAsStream("/web/reports.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        fixture.listGraphNodes().forEachRemaining(g -> store.replaceGraph(g.getURI(), fixture.getGraph(g)));
        if (numbers > 0) {
            Graph g = GraphFactory.createDefaultGraph();
            Node p = NodeFactory.createURI(EX + "p");
            for (int i = 0; i < numbers; i++) {
                g.add(Triple.create(NodeFactory.createURI(EX + "n" + i), p, NodeFactory.createLiteralString("v" + i)));
            }
            store.replaceGraph(NUMBERS_GRAPH, g);
        }
        try {
            return new TestServer(store, GovReportServer.start(store, 0, args));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    String url(String pathAndQuery) {
        return base + pathAndQuery;
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(url(pathAndQuery)));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("request failed: " + request, e);
        }
    }

    HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder b = request(pathAndQuery).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, String body, String accept) {
        HttpRequest.Builder b = request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    @Override
    public void close() {
        context.close();
        store.close();
    }
}
