package org.govreportkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The executable jar's entry point: {@code java -jar govreport-kg.jar <command>}. */
@Command(name = "govreport-kg", mixinStandardHelpOptions = true, version = "govreport-kg 0.1.0",
        description = "Turns Chinese government work reports into a linked-data knowledge graph.",
        subcommands = {IngestCommand.class, ServeCommand.class, ExportCommand.class, EvaluateCommand.class,
                BenchmarkCommand.class, TrainNamesCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int status = commandLine().execute(args);
        if (status != 0 || !ServeCommand.serving()) {
            System.exit(status);
        }
    }

    /** The configured command line, for tests that run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new CommandFailure());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
