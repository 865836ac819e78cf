package org.govreportkg.cli;

import java.net.BindException;
import org.apache.jena.dboe.DBOpEnvException;
import picocli.CommandLine;

/**
 * Turns what goes wrong while a command runs into one line on standard error and exit status 1: a
 * person at a terminal needs "the store is locked by process 123", not a page of stack trace. Set
 * GOVREPORT_DEBUG=1 to get the trace as well.
 */
final class CommandFailure implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println("error: " + describe(e));
        if (System.getenv("GOVREPORT_DEBUG") != null) {
            e.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return 1;
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DBOpEnvException) {
                return "cannot open the store (is another govreport-kg using it?): " + t.getMessage();
            }
            if (t instanceof BindException) {
                return "cannot listen on the port (is it already in use?): " + t.getMessage();
            }
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
