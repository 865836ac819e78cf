package org.govreportkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML pages of entities and reports, and the neighbourhood data behind the entity graph. */
class ExplorerPagesTest {

    private static ExplorerServer server;

    @BeforeAll
    static void start() {
        server = ExplorerServer.get();
    }

    private static Document html(String path) {
        var r = server.get(path, LinkedDataTest.BROWSER);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        return Jsoup.parse(r.body());
    }

    @Test
    void theTimelineListsReportsByYearWithTheirTitlesAndMentionCounts() {
        Document page = html("/place/440300");
        assertThat(page.select("h1").text()).isEqualTo("深圳市");
        List<String> names = new java.util.ArrayList<>(List.of(page.select(".aliases").text().split("、")));
        names.add("深圳市");
        List<Element> reports = page.select("#timeline > li.report");
        assertThat(reports.stream().map(r -> r.selectFirst(".year").text()).toList()).containsExactly("2018", "2023");
        assertThat(reports.get(0).selectFirst("h3 a").text()).isEqualTo("2018年坪山区政府工作报告");
        assertThat(reports.get(0).selectFirst("h3 a").attr("href")).isEqualTo("/report/pingshan-2018");
        assertThat(reports.get(0).selectFirst(".meta").text()).contains("坪山区人民政府").contains("2018-01-25");
        assertThat(reports.get(1).selectFirst(".meta").text()).contains("龙岗区人民政府").contains("2023-01-12");
        for (Element report : reports) {
            // every highlighted span is a name of this entity, and each listed sentence has at least one
            long mentions = Long.parseLong(report.selectFirst(".mentions").text().split(" ")[0]);
            assertThat(mentions).isGreaterThanOrEqualTo(report.select(".sentences li").size()).isPositive();
            assertThat(report.select(".sentences li")).allMatch(li -> !li.select("mark").isEmpty());
            assertThat(report.select(".sentences mark").eachText()).isNotEmpty().isSubsetOf(names);
        }
    }

    @Test
    void aSentenceIsShownWholeWithEachMentionHighlightedAndEscaped() {
        Document org = html("/entity/%E6%9F%90%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C/%E5%8C%BA%E6%94%BF%E5%BA%9C");
        Element sentence = org.selectFirst("#timeline .sentences li");
        assertThat(sentence.text()).isEqualTo("区政府和A <b>&co共同推进。");
        assertThat(sentence.select("mark").eachText()).containsExactly("区政府");
        assertThat(sentence.select("b")).isEmpty();
        assertThat(org.selectFirst("#timeline h3 a").text()).isEqualTo("测试<i>报告</i>");
        assertThat(org.select("i")).isEmpty();

        Document project = html("/entity/A%20%3Cb%3E&co");
        assertThat(project.select("h1").text()).isEqualTo("A <b>&co");
        assertThat(project.selectFirst("#timeline .sentences li mark").text()).isEqualTo("A <b>&co");
        assertThat(project.select("main b, main script")).isEmpty();
    }

    @Test
    void relationsInBothDirectionsLinkToTheOtherEntitiesPages() {
        Document org = html("/entity/%E6%9F%90%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C/%E5%8C%BA%E6%94%BF%E5%BA%9C");
        Element out = org.selectFirst("table.relations tr.out");
        assertThat(out.select("th").text()).isEqualTo("gr:involvedIn");
        assertThat(out.select("td a").attr("href")).isEqualTo("/entity/A%20%3Cb%3E&co");
        assertThat(org.select("table.relations tr.in")).isEmpty();
        assertThat(org.select("#co-mentioned li").eachText()).containsExactly("A <b>&co Project 1");
        Document project = html("/entity/A%20%3Cb%3E&co");
        assertThat(project.selectFirst("table.relations tr.in th").text()).isEqualTo("is gr:involvedIn of");
        assertThat(project.selectFirst("table.relations tr.in td a").attr("href")).isEqualTo("/entity/某区人民政府/区政府");
        assertThat(project.selectFirst("table.relations tr.in td a").text()).isEqualTo("区政府");

        Document district = html("/place/440310");
        assertThat(district.select("table.relations tr.out a").eachAttr("href")).contains("/place/440300");
        assertThat(district.select(".division-code").text()).isEqualTo("440310");
        assertThat(district.select("a[href*=wikidata]").attr("href"))
                .isEqualTo("https://www.wikidata.org/w/index.php?search=haswbstatement%3AP442%3D440310");
        assertThat(district.select(".aliases").text()).contains("坪山");
    }

    @Test
    void theNeighbourhoodHoldsTheEntityItsRelationsAndCoMentionsAsCytoscapeElements() {
        var r = server.get(NeighbourhoodController.PATH + "?iri=" + java.net.URLEncoder.encode(
                ExplorerServer.BASE + "entity/某区人民政府/区政府", java.nio.charset.StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        JsonObject json = JSON.parse(r.body());
        List<JsonObject> nodes = json.get("nodes").getAsArray().stream().map(v -> v.getAsObject().getObj("data")).toList();
        assertThat(nodes).extracting(n -> n.getString("label")).containsExactly("区政府", "A <b>&co");
        assertThat(nodes.get(0).getBoolean("focus")).isTrue();
        assertThat(nodes).extracting(n -> n.getString("type")).containsExactly("Organization", "Project");
        assertThat(nodes.get(1).getString("href")).isEqualTo("/entity/A%20%3Cb%3E&co");
        List<JsonObject> edges = json.get("edges").getAsArray().stream().map(v -> v.getAsObject().getObj("data")).toList();
        assertThat(edges).extracting(e -> e.getString("kind") + " " + e.getString("label"))
                .containsExactly("relation involvedIn", "co-mention 1×");

        var missing = server.get(NeighbourhoodController.PATH + "?iri=https%3A%2F%2Fkg.example.org%2Fentity%2Fnone", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("https://kg.example.org/entity/none");
        assertThat(server.get(NeighbourhoodController.PATH, null).statusCode()).isEqualTo(400);
    }

    @Test
    void theReportPageShowsItsMetadataAndEntitiesByClass() {
        Document page = html("/report/pingshan-2018");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        page.select("#metadata dd[data-field]").forEach(dd -> fields.put(dd.attr("data-field"), dd.text()));
        assertThat(fields).containsEntry("title", "2018年坪山区政府工作报告").containsEntry("date", "2018-01-25")
                .containsEntry("speaker", "陶永欣").containsEntry("speakerRole", "区长").containsEntry("year", "2018")
                .containsEntry("issuingBody", "坪山区人民政府").containsEntry("session", "深圳市坪山区第一届人民代表大会第二次会议");
        assertThat(page.select("section.entities").eachAttr("id")).containsExactly("Place", "Organization", "Project");
        assertThat(page.select("#Place a").eachAttr("href")).contains("/place/440310", "/place/440300");
        int places = page.select("#Place li").size();
        assertThat(page.select("#counts tr").get(1).select("td").get(1).text()).isEqualTo(Integer.toString(places));
        assertThat(page.select("a[href=/graph/pingshan-2018]")).hasSize(1);
    }

    @Test
    void theGraphPageCountsTheTriplesOfTheNamedGraph() {
        Document page = html("/graph/fixture-2021");
        assertThat(page.select("#triples").text()).isEqualTo("34"); // every triple of web/explorer-fixture.trig
        assertThat(page.select("a[href=/report/fixture-2021]")).hasSize(1);
    }

    @Test
    void theIndexLinksReportsAndGraphsAndEveryPageHasTheSearchBox() {
        Document index = html("/");
        assertThat(index.select("#reports a").eachAttr("href")).contains("/report/pingshan-2018", "/graph/pingshan-2018");
        for (String path : List.of("/", "/place/440300", "/report/pingshan-2018", "/search?q=x")) {
            Document page = html(path);
            assertThat(page.select("header form[action=/search] input[name=q]")).as(path).hasSize(1);
            assertThat(page.select("header a").eachAttr("href")).as(path).containsExactly("/", "/search", "/query.html", "/sparql");
            assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/explorer.css");
        }
        assertThat(server.get("/explorer.css", null).statusCode()).isEqualTo(200);
        assertThat(server.get(EntityPage.CYTOSCAPE, null).statusCode()).isEqualTo(200);
    }
}
