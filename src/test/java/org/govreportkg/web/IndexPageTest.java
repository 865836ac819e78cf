package org.govreportkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.govreportkg.store.ReportStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index page at {@code /}: reports, titles, counts, entity totals, the endpoint link, escaping. */
class IndexPageTest {

    private static TestServer server;
    private static Document page;

    @BeforeAll
    static void start(@TempDir Path dir) {
        server = TestServer.start(dir, 0);
        var r = server.get("/", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/html;charset=utf-8");
        page = Jsoup.parse(r.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> row(String graph) {
        for (Element tr : page.select("#reports tr")) {
            if (!tr.select("td").isEmpty() && tr.select("td").first().text().equals(graph)) {
                return tr.select("td").stream().map(Element::text).toList();
            }
        }
        throw new AssertionError("no row for " + graph);
    }

    @Test
    void listsEachReportWithTitleTripleAndEntityCounts() {
        assertThat(page.select("#reports tr td:first-child").eachText()).containsExactly(
                "http://kasei.us/2009/09/sparql/data/data1.rdf", "http://kasei.us/2009/09/sparql/data/data2.rdf",
                "http://kasei.us/2009/09/sparql/data/data3.rdf",
                "https://w3id.org/govreport-kg/report/alpha-2020", "https://w3id.org/govreport-kg/report/beta-2021");
        assertThat(row("https://w3id.org/govreport-kg/report/alpha-2020"))
                .containsExactly("https://w3id.org/govreport-kg/report/alpha-2020", "甲乙市2020年政府工作报告", "9", "2", "1", "1");
        assertThat(row("http://kasei.us/2009/09/sparql/data/data1.rdf"))
                .containsExactly("http://kasei.us/2009/09/sparql/data/data1.rdf", "", "1", "0", "0", "0");
    }

    @Test
    void countsDistinctEntitiesPerClassOverAllReports() {
        // ex:place1 is in both reports and counts once
        assertThat(page.select("#entities tr").stream().skip(1).map(tr -> tr.select("td").eachText()).toList())
                .containsExactly(List.of("gr:Place", "2"), List.of("gr:Organization", "2"), List.of("gr:Project", "1"));
    }

    @Test
    void escapesTitlesFromTheStore() {
        assertThat(page.select("script")).isEmpty();
        assertThat(row("https://w3id.org/govreport-kg/report/beta-2021").get(1)).isEqualTo("<script>alert('x')</script> & Co");
    }

    @Test
    void linksToTheEndpoint() {
        assertThat(page.select("a[href=/sparql]")).hasSize(1);
    }

    @Test
    void headReturnsHeadersOnly() {
        var head = server.send(server.request("/").HEAD().build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void startRejectsBadArgumentsNamingThem(@TempDir Path dir) {
        assertThatThrownBy(() -> GovReportServer.start(null, 0)).hasMessageContaining("store");
        try (ReportStore store = ReportStore.open(dir)) {
            assertThatThrownBy(() -> GovReportServer.start(store, 70000)).hasMessageContaining("70000");
        }
    }
}
