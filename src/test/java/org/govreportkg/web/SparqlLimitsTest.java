package org.govreportkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The limits that protect the server: query timeout and the cap on concurrent queries, set via properties. */
class SparqlLimitsTest {

    /** Three-way cross product over 2000 triples: 8e9 rows, so it can only end by timing out. */
    static final String SLOW_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + TestServer.NUMBERS_GRAPH
            + "> { ?a ?p ?x . ?b ?p ?y . ?c ?p ?z } }";
    static final String SLOW_ROWS = "SELECT ?a ?b ?c WHERE { GRAPH <" + TestServer.NUMBERS_GRAPH
            + "> { ?a ?p ?x . ?b ?p ?y . ?c ?p ?z } }";

    static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithOneSecondTimeout {
        private TestServer server;

        @BeforeAll
        void start(@TempDir Path dir) {
            server = TestServer.start(dir, 2000, "--govreport.sparql.timeout=1s");
        }

        @AfterAll
        void stop() {
            server.close();
        }

        @Test
        void slowQueryTimesOutWith503AndAMessage() {
            var r = server.get(q(SLOW_COUNT), null);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(r.body()).isEqualTo("Query timed out after 1 s (the server maximum is 1 s)\n");
        }

        @Test
        void clientCannotRaiseTheTimeoutAboveTheServerMaximum() {
            var r = server.get(q(SLOW_COUNT) + "&timeout=60", null);
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("timed out after 1 s");
        }

        @Test
        void slowConstructTimesOutInEveryFormat() {
            String construct = "CONSTRUCT { ?a <urn:x> ?c } WHERE { GRAPH <" + TestServer.NUMBERS_GRAPH
                    + "> { ?a ?p ?x . ?b ?p ?y . ?c ?p ?z FILTER(CONCAT(?x, ?y) = ?z) } }";
            for (String accept : new String[] {"text/turtle", "application/rdf+xml"}) {
                var r = server.get(q(construct), accept);
                assertThat(r.statusCode()).as(accept).isEqualTo(503);
            }
        }

        /** Once rows are flowing the status is sent; a timeout then cuts the transfer instead of ending it cleanly. */
        @Test
        void timeoutMidStreamNeverLooksLikeACompleteResult() {
            assertThatThrownBy(() -> server.http.send(server.request(q(SLOW_ROWS)).header("Accept", "text/csv").GET().build(),
                    HttpResponse.BodyHandlers.discarding()))
                    .isInstanceOf(IOException.class);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithOneQueryAtATime {
        private TestServer server;

        @BeforeAll
        void start(@TempDir Path dir) {
            server = TestServer.start(dir, 2000,
                    "--govreport.sparql.max-concurrent-queries=1", "--govreport.sparql.retry-after=7s");
        }

        @AfterAll
        void stop() {
            server.close();
        }

        @Test
        void secondConcurrentQueryGets503WithRetryAfter() throws Exception {
            // the first query holds the only permit while its (huge) result is being read
            HttpResponse<InputStream> first = server.http.send(
                    server.request(q(SLOW_ROWS)).header("Accept", "text/csv").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = first.body()) {
                assertThat(first.statusCode()).isEqualTo(200);
                assertThat(in.readNBytes(1024)).hasSize(1024);
                var second = server.get(q("ASK {}"), null);
                assertThat(second.statusCode()).isEqualTo(503);
                assertThat(second.headers().firstValue("Retry-After")).hasValue("7");
                assertThat(second.body()).contains("limit 1");
            }
        }
    }

    @Test
    void invalidSettingsAreRejectedNamingTheKey(@TempDir Path dir) {
        assertThatThrownBy(() -> TestServer.start(dir, 0, "--govreport.sparql.max-concurrent-queries=0"))
                .rootCause().hasMessageContaining("govreport.sparql.max-concurrent-queries");
    }
}
