package org.govreportkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.govreportkg.store.ReportStore;
import picocli.CommandLine;

/**
 * The default corpus (data/) ingested once per test JVM, through the real command line, into a real
 * TDB2 database in a temporary folder; tests that only read share it.
 */
final class CorpusStore {

    static final Path DIR;
    static final String INGEST_OUTPUT;
    static final int INGEST_STATUS;

    static {
        try {
            DIR = Files.createTempDirectory("govreport-corpus-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        INGEST_STATUS = cl.execute("ingest", "--store", DIR.toString(), "data");
        INGEST_OUTPUT = out + err.toString();
    }

    private CorpusStore() {
    }

    /** Opens the shared store; close it when done (TDB2 allows one open per JVM at a time per folder). */
    static synchronized ReportStore open() {
        return ReportStore.open(DIR);
    }
}
