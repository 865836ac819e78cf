package org.govreportkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /search} over entity names, and the example queries offered to the query editor. */
class SearchAndExamplesTest {

    private static ExplorerServer server;

    @BeforeAll
    static void start() {
        server = ExplorerServer.get();
    }

    private static String q(String query) {
        return "/search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void exactMatchesComeFirstThenEntitiesNamedInMoreReports() {
        var r = server.get(q("坪山"), null);
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        List<Element> rows = page.select("#results tr:has(td)");
        assertThat(rows.size()).isGreaterThan(5);
        // 坪山 is exactly a name of the district; the many projects and places containing it come after
        assertThat(rows.get(0).selectFirst("a").attr("href")).isEqualTo("/place/440310");
        assertThat(rows.get(0).selectFirst("a").text()).isEqualTo("坪山区");
        assertThat(rows).allMatch(tr -> tr.text().contains("坪山"));

        // without an exact match, entities named in both reports come before those named in one
        List<Element> partial = Jsoup.parse(server.get(q("深"), null).body()).select("#results tr:has(td)");
        List<Integer> reports = partial.stream().map(tr -> Integer.parseInt(tr.selectFirst("td.reports").text())).toList();
        assertThat(reports).isSortedAccordingTo(java.util.Comparator.reverseOrder()).contains(2, 1);
        assertThat(partial.get(0).selectFirst("a").attr("href")).isEqualTo("/place/440300");
        assertThat(page.select("header input[name=q]").attr("value")).isEqualTo("坪山");
    }

    @Test
    void searchIgnoresCaseAndFindsAliasesAndEscapesNames() {
        Document page = Jsoup.parse(server.get(q("a <B>&CO"), null).body());
        assertThat(page.select("#results a").eachText()).containsExactly("A <b>&co");
        assertThat(page.select("#results td").get(1).text()).isEqualTo("Project");
        assertThat(page.select("main b")).isEmpty();
        assertThat(Jsoup.parse(server.get(q("区政"), null).body()).select("#results a").eachAttr("href"))
                .contains("/entity/某区人民政府/区政府");
    }

    @Test
    void emptyOrTooLongQueriesGetAClearMessage() {
        var blank = server.get(q("   "), null);
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(blank.body()).select("#search-error").text()).isEqualTo("Type a name, or a part of one, to search for.");
        var tooLong = server.get(q("深".repeat(51)), null);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooLong.body()).select("#search-error").text())
                .isEqualTo("The search text is 51 characters long; at most 50 are allowed.");
        var none = Jsoup.parse(server.get(q("无此名称"), null).body());
        assertThat(none.select("#summary").text()).isEqualTo("0 entities named with “无此名称”.");
        var form = server.get("/search", null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(form.body()).select(".hint").text()).startsWith("Type a name");
    }

    @Test
    void theExampleQueriesEndpointListsEveryShippedQueryWithItsDescription() throws IOException {
        var r = server.get(ExampleQueriesController.PATH, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        List<JsonObject> listed = JSON.parseAny(r.body()).getAsArray().stream().map(v -> v.getAsObject()).toList();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        assertThat(listed).extracting(o -> o.getString("name"))
                .containsExactlyElementsOf(files.stream().map(p -> p.getFileName().toString().replace(".rq", "")).toList());
        for (int i = 0; i < files.size(); i++) {
            String text = Files.readString(files.get(i));
            assertThat(listed.get(i).getString("query")).isEqualTo(text);
            String firstLine = text.lines().findFirst().orElseThrow().replaceFirst("^#\\s*", "");
            assertThat(listed.get(i).getString("description")).startsWith(firstLine);
        }
        JsonObject reportsByYear = listed.stream().filter(o -> o.getString("name").equals("reports-by-year")).findFirst().orElseThrow();
        assertThat(reportsByYear.getString("description"))
                .isEqualTo("Which reports are loaded, by year: who delivered each, for which government, and when.");
    }

    @Test
    void descriptionsJoinTheOpeningCommentBlock() {
        assertThat(ExampleQueries.description("# Places\n#  and projects.\nPREFIX x: <y>\n# not this")).isEqualTo("Places and projects.");
        assertThat(ExampleQueries.description("SELECT * {}")).isEmpty();
    }
}
