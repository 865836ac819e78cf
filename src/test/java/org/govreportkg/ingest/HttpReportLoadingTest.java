package org.govreportkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports fetched from a real HTTP server on the loopback interface. */
class HttpReportLoadingTest {

    private HttpServer server;
    private byte[] gbkPage;
    private final ReportLoader loader = new ReportLoader();

    @BeforeEach
    void start() throws IOException {
        // The undeclared GBK page: only the Content-Type header says how to decode it.
        try (InputStream in = getClass().getResourceAsStream("/ingest/report-page-gbk-undeclared.html")) {
            gbkPage = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/zwgk/gzbg/2024.html", exchange -> send(exchange, 200, "text/html; charset=GBK", gbkPage));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/zwgk/gzbg/2024.html");
            send(exchange, 301, "text/plain", new byte[0]);
        });
        server.createContext("/", exchange -> send(exchange, 404, "text/html; charset=utf-8",
                "<html><body>页面不存在</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private URI url(String path) {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path);
    }

    @Test
    void gbkPageIsDecodedByTheContentTypeCharset() throws IngestException {
        CleanReport report = loader.load(url("/zwgk/gzbg/2024.html"));
        assertThat(report.text()).startsWith("2024年临江区政府工作报告\n——2024年1月16日在临江区第三届人民代表大会第四次会议上\n")
                .endsWith("为建设美丽幸福临江而努力奋斗!")
                .doesNotContain("浙ICP备", "分享到", "当前位置");
        assertThat(report.metadata().delivered()).contains(LocalDate.of(2024, 1, 16));
    }

    @Test
    void docIdIsTheLastPathSegmentWithoutExtension() throws IngestException {
        assertThat(loader.load(url("/zwgk/gzbg/2024.html")).docId()).isEqualTo("2024");
    }

    @Test
    void redirectsAreFollowed() throws IngestException {
        CleanReport report = loader.load(url("/moved"));
        assertThat(report.text()).startsWith("2024年临江区政府工作报告\n");
        assertThat(report.source()).isEqualTo(url("/moved"));
    }

    @Test
    void notFoundIsAnErrorNamingTheUrl() {
        URI missing = url("/zwgk/gzbg/1999.html");
        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("404");
    }
}
