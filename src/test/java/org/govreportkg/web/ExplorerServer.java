package org.govreportkg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.govreportkg.extract.Extraction;
import org.govreportkg.extract.ReportExtractor;
import org.govreportkg.graph.IriScheme;
import org.govreportkg.graph.ReportGraphMapper;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportLoader;
import org.govreportkg.store.ReportStore;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real server for all explorer tests: two real reports run through the real stages (load, extract,
 * map) into a real TDB2 store, plus the hand-made graph {@code web/explorer-fixture.trig}. Its IRIs use the
 * base {@link #BASE}, which is not the server's address: requests must map paths onto the configured base.
 * Started once per test JVM (the pipeline takes seconds) and stopped when the JVM exits.
 */
final class ExplorerServer {

    static final String BASE = "https://kg.example.org/";
    static final String PINGSHAN = "pingshan-2018";
    static final String LONGGANG = "longgang-2023";

    private static ExplorerServer shared;

    final ReportStore store;
    final String url;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ConfigurableApplicationContext context;
    private final Path dir;

    private ExplorerServer(Path dir, ReportStore store, ConfigurableApplicationContext context) {
        this.dir = dir;
        this.store = store;
        this.context = context;
        this.url = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    static synchronized ExplorerServer get() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    private static ExplorerServer start() {
        try {
            Path dir = Files.createTempDirectory("explorer-store");
            ReportStore store = ReportStore.open(dir);
            ReportGraphMapper mapper = new ReportGraphMapper(new IriScheme(BASE));
            ReportLoader loader = new ReportLoader();
            ReportExtractor extractor = ReportExtractor.standard();
            for (String doc : new String[] {PINGSHAN, LONGGANG}) {
                CleanReport report = loader.load(Path.of("data", doc + ".txt").toUri());
                Extraction x = extractor.extract(report);
                store.replaceGraph(mapper.graphIri(report), mapper.toGraph(x));
            }
            DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
            try (InputStream in = ExplorerServer.class.getResourceAsStream("/web/explorer-fixture.trig")) {
                RDFParser.source(in).lang(Lang.TRIG).parse(fixture);
            }
            fixture.listGraphNodes().forEachRemaining(g -> store.replaceGraph(g.getURI(), fixture.getGraph(g)));
            // serve a freshly opened store, as `serve` does: TDB2's caches are cold, so nothing read after a
            // transaction has ended can pass unnoticed
            store.close();
            ReportStore served = ReportStore.open(dir);
            return new ExplorerServer(dir, served, GovReportServer.start(served, 0, "--govreport.base=" + BASE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the explorer test store", e);
        }
    }

    private void stop() {
        context.close();
        store.close();
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    HttpResponse<String> get(String pathAndQuery, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + pathAndQuery)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build());
    }

    HttpResponse<String> head(String pathAndQuery, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url + pathAndQuery)).HEAD().header("Accept", accept).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("request failed: " + request, e);
        }
    }
}
