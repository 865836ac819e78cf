package org.govreportkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.govreportkg.graph.IriScheme;
import org.govreportkg.graph.ReportGraphMapper;
import org.govreportkg.graph.SampleExtraction;
import org.govreportkg.store.ReportStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code export entities} and {@code evaluate} over a real TDB2 store holding a hand-made extraction.
 * The expected figures were computed by running {@code export entities} and feeding its output to the
 * reference scorer: {@code python3 eval/score.py src/test/resources/cli/gold export.tsv}.
 */
class ExportAndEvaluateTest {

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void storeOneReport() {
        store = dir.resolve("store");
        ReportGraphMapper mapper = new ReportGraphMapper(new IriScheme("http://example.org/kg/"));
        var extraction = SampleExtraction.of("sample-2030");
        try (ReportStore s = ReportStore.open(store)) {
            s.replaceGraph(mapper.graphIri(extraction.report()), mapper.toGraph(extraction));
        }
    }

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void exportPrintsOneRowPerLabelOfEachEntityInThePredictionFormat() {
        Run r = run("export", "entities", "--store", store.toString());
        assertEquals(0, r.status(), r.err());
        List<String> rows = r.out().lines().toList();
        assertTrue(rows.contains("sample-2030\thttp://example.org/kg/entity/某某市示例区人民政府\tOrganization\t区政府"),
                r.out());
        assertTrue(rows.contains("sample-2030\thttp://example.org/kg/entity/某某市示例区人民政府\tOrganization\t某某市示例区人民政府"),
                r.out());
        assertTrue(rows.contains("sample-2030\thttp://example.org/kg/place/999901\tPlace\t示例区"), r.out());
        // 5 entities, two of them with two types, one with an alias: 5 + 2 + 1 rows
        assertEquals(8, rows.size(), r.out());
    }

    @Test
    void evaluatePrintsTheReferenceScorersFigures() {
        Run r = run("evaluate", "--gold", "src/test/resources/cli/gold", "--store", store.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("micro F1 0.889 P 1.000 R 0.800", lines.get(lines.size() - 1), r.out());
        assertEquals("Organization  tp    2 fp    0 fn    1  P 1.000 R 0.667 F1 0.800  (boundary-only errors among fp: 0)",
                lines.get(lines.size() - 3), r.out());
    }

    @Test
    void evaluateWithAMissingGoldFolderFailsNamingIt() {
        Run r = run("evaluate", "--gold", "no/such/gold", "--store", store.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("no/such/gold"), r.err());
    }

    @Test
    void exportFromAMissingStoreFailsNamingIt() {
        Run r = run("export", "entities", "--store", dir.resolve("nothing-here").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("nothing-here"), r.err());
    }
}
