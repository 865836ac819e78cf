package org.govreportkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code train-names} on the invented annotated fixture, and on a folder that is not annotated. */
class TrainNamesCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new String[] {String.valueOf(cl.execute(args)), out.toString(), err.toString()};
    }

    @Test
    void trainsAModelAndSaysWhatItReadAndKept(@TempDir Path dir) throws Exception {
        Path annotated = Path.of(TrainNamesCommandTest.class.getResource("/extract/annotated").toURI());
        Path model = dir.resolve("names.bin.gz");
        String[] r = run("train-names", "--out", model.toString(), "--iterations", "20", "--min-count", "1", annotated.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("trained on 2 documents") && r[1].contains("15 labelled mentions"), r[1]);
        assertTrue(Files.size(model) > 0);
    }

    @Test
    void aFolderWithoutAnnotationsIsAnErrorNamingIt(@TempDir Path dir) {
        String[] r = run("train-names", "--out", dir.resolve("m.bin.gz").toString(), dir.toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].startsWith("error: " + dir + ": expected texts/ and gold/ folders"), r[2]);
    }
}
