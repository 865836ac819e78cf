package org.govreportkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.govreportkg.eval.Prediction;
import org.govreportkg.store.ReportStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes what the store holds to standard output.",
        subcommands = ExportCommand.Entities.class)
final class ExportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to export: entities");
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = {"Prints doc<TAB>entity<TAB>type<TAB>label, one row per label of each entity in each "
                    + "report (aliases included): the prediction format of the evaluation."})
    static final class Entities implements Callable<Integer> {
        @Mixin
        StoreOption storeOption;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isDirectory(storeOption.store)) {
                spec.commandLine().getErr().println("error: no store at " + storeOption.store);
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            try (ReportStore store = ReportStore.open(storeOption.store)) {
                for (Prediction p : EntityExport.predictions(store)) {
                    out.println(p.toTsv());
                }
            }
            out.flush();
            return 0;
        }
    }
}
