package org.govreportkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import org.apache.jena.dboe.DBOpEnvException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandFailureTest {

    @Command(name = "boom")
    static final class Boom implements Runnable {
        RuntimeException failure;

        @Override
        public void run() {
            throw failure;
        }
    }

    private static String[] run(RuntimeException failure) {
        Boom boom = new Boom();
        boom.failure = failure;
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(boom).setExecutionExceptionHandler(new CommandFailure());
        cl.setErr(new PrintWriter(err));
        return new String[] {String.valueOf(cl.execute()), err.toString()};
    }

    @Test
    void aLockedStoreIsOneLineNamingTheLockNotAStackTrace() {
        String[] r = run(new IllegalStateException("wrapped",
                new DBOpEnvException("Failed to get a lock: file='/data/store/tdb.lock': held by process 42")));
        assertEquals("1", r[0]);
        assertEquals("error: cannot open the store (is another govreport-kg using it?): Failed to get a lock: "
                + "file='/data/store/tdb.lock': held by process 42", r[1].strip());
        assertFalse(r[1].contains("\tat "), r[1]);
    }

    @Test
    void aPortInUseSaysSo() {
        RuntimeException e = new RuntimeException("start failed", new BindException("Address already in use"));
        String[] r = run(e);
        assertEquals("1", r[0]);
        assertTrue(r[1].startsWith("error: cannot listen on the port (is it already in use?)"), r[1]);
    }

    @Test
    void anythingElseIsNamedByItsKindAndMessage() {
        String[] r = run(new IllegalArgumentException("IRI base must be an http(s) IRI: ftp://x"));
        assertEquals("error: IllegalArgumentException: IRI base must be an http(s) IRI: ftp://x", r[1].strip());
    }
}
