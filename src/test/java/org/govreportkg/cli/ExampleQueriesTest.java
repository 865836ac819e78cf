package org.govreportkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.govreportkg.store.ReportStore;
import org.junit.jupiter.api.Test;

/** Runs every query in queries/ against the default corpus and checks a non-trivial part of its answer. */
class ExampleQueriesTest {

    /** One answer row as variable → lexical form (IRIs as strings). */
    private static List<Map<String, String>> run(String file) throws IOException {
        String query = Files.readString(Path.of("queries", file), StandardCharsets.UTF_8);
        try (ReportStore store = CorpusStore.open()) {
            return store.read(ds -> {
                List<Map<String, String>> rows = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    qe.execSelect().forEachRemaining(s -> {
                        Map<String, String> row = new TreeMap<>();
                        s.varNames().forEachRemaining(v -> row.put(v, text(s.get(v))));
                        rows.add(row);
                    });
                }
                return rows;
            });
        }
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    @Test
    void everyExampleQueryOpensWithACommentAndParses() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "at least 8 example queries, found " + files.size());
        for (Path f : files) {
            String q = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(q.startsWith("# "), f + " must open with a comment saying what it answers");
            QueryFactory.create(q);
        }
    }

    @Test
    void reportsByYear() throws IOException {
        List<Map<String, String>> rows = run("reports-by-year.rq");
        assertEquals(List.of("2018", "2019", "2020", "2023", "2023"), rows.stream().map(r -> r.get("year")).toList());
        Map<String, String> longgang = rows.stream().filter(r -> r.get("report").endsWith("/report/longgang-2023"))
                .findFirst().orElseThrow();
        assertEquals("王策飞", longgang.get("speaker"));
        assertEquals("2023-01-12", longgang.get("delivered"));
    }

    @Test
    void entityCountsPerReport() throws IOException {
        List<Map<String, String>> rows = run("entity-counts-per-report.rq");
        assertEquals(15, rows.size(), rows.toString());
        for (Map<String, String> r : rows) {
            assertTrue(Integer.parseInt(r.get("entities")) >= 5, r.toString());
        }
    }

    @Test
    void sentencesMentioningAnEntitySliceTheirMentionAndSpanReports() throws IOException {
        List<Map<String, String>> rows = run("sentences-mentioning-an-entity.rq");
        Set<String> docs = new TreeSet<>();
        for (Map<String, String> r : rows) {
            docs.add(r.get("doc"));
            assertTrue(r.get("sentence").contains(r.get("surface")), r.toString());
        }
        assertTrue(docs.size() >= 3, "粤港澳大湾区 is found in at least three reports: " + docs);
    }

    @Test
    void entitiesInSeveralReportsIncludeTheCityInAllFive() throws IOException {
        List<Map<String, String>> rows = run("entities-in-several-reports.rq");
        Map<String, String> shenzhen = rows.stream().filter(r -> r.get("entity").endsWith("/place/440300"))
                .findFirst().orElseThrow(() -> new AssertionError("深圳市 (440300) missing: " + rows));
        assertEquals("5", shenzhen.get("reports"));
    }

    @Test
    void placeHierarchyPutsDistrictsInTheirCityAndProvince() throws IOException {
        List<Map<String, String>> rows = run("place-hierarchy.rq");
        Map<String, String> futian = rows.stream().filter(r -> "440304".equals(r.get("divisionCode")))
                .findFirst().orElseThrow(() -> new AssertionError("福田区 missing: " + rows));
        assertTrue(futian.get("within").contains("深圳"), futian.toString());
        assertTrue(futian.get("within").contains("广东"), futian.toString());
    }

    @Test
    void aliasesResolveDeicticForms() throws IOException {
        List<Map<String, String>> rows = run("aliases.rq");
        assertTrue(rows.stream().anyMatch(r -> r.get("doc").equals("pingshan-2018")
                && r.get("name").startsWith("坪山") && r.get("aliases").contains("我区")), rows.toString());
    }

    @Test
    void organizationsNamedMostIncludeTheCentralCommittee() throws IOException {
        List<Map<String, String>> rows = run("organizations-named-most.rq");
        assertTrue(rows.size() >= 10, rows.toString());
        assertTrue(rows.subList(0, 10).stream().anyMatch(r -> r.get("name").equals("党中央")
                || r.get("name").equals("中国共产党中央委员会")), rows.toString());
        List<Integer> counts = rows.stream().map(r -> Integer.parseInt(r.get("mentions"))).toList();
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), "not sorted by mentions: " + counts);
        }
    }

    @Test
    void projectTimelineFollowsProjectsAcrossYears() throws IOException {
        List<Map<String, String>> rows = run("project-timeline.rq");
        Map<String, Set<String>> years = new TreeMap<>();
        rows.forEach(r -> years.computeIfAbsent(r.get("project"), k -> new TreeSet<>()).add(r.get("year")));
        assertTrue(years.values().stream().anyMatch(y -> y.size() >= 2),
                "some project must appear in two different years: " + years);
    }

    @Test
    void projectsPerPlaceAndOrganizationsInProjectsComeWithEvidence() throws IOException {
        List<Map<String, String>> perPlace = run("projects-per-place.rq");
        assertTrue(Integer.parseInt(perPlace.get(0).get("projects")) >= 2, perPlace.toString());
        List<Map<String, String>> orgs = run("organizations-in-projects.rq");
        assertTrue(orgs.size() >= 3, orgs.toString());
        assertTrue(orgs.stream().anyMatch(r -> r.containsKey("sentence")
                && r.get("sentence").contains(r.get("organizationName"))), orgs.toString());
    }
}
