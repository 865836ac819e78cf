package org.govreportkg.cli;

/** Whether output goes to a person at a terminal (a progress bar) or to a file or pipe (none). */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        // Since JDK 22 System.console() is non-null even when redirected; isTerminal() tells the truth.
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
