package org.govreportkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineHelpTest {

    private static String[] run(int expectedStatus, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(expectedStatus, cl.execute(args), out + "\n" + err);
        return new String[] {out.toString(), err.toString()};
    }

    @ParameterizedTest
    @CsvSource({"ingest,SOURCE", "serve,--port", "export entities,--store", "evaluate,--gold", "benchmark,--runs"})
    void everyCommandExplainsItselfWithHelp(String command, String option) {
        String[] args = (command + " --help").split(" ");
        String out = run(0, args)[0];
        assertTrue(out.startsWith("Usage: govreport-kg " + command), out);
        assertTrue(out.contains(option), out);
    }

    @Test
    void anUnknownOptionIsAUsageErrorNamingIt() {
        String err = run(2, "ingest", "--colour", "data")[1];
        assertTrue(err.contains("--colour"), err);
    }

    @Test
    void evaluateWithoutGoldSaysGoldIsRequired() {
        String err = run(2, "evaluate")[1];
        assertTrue(err.contains("--gold"), err);
    }
}
