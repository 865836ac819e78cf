package org.govreportkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.govreportkg.extract.NameModelTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train-names", mixinStandardHelpOptions = true,
        description = {"Trains the learned name step's model from annotated excerpts.",
                "Each FOLDER holds texts/<doc>.txt and gold/<doc>.gold.tsv (the evaluation format); "
                        + "never train on the gold you evaluate with."})
final class TrainNamesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", arity = "1..*", description = "Annotated folders.")
    List<Path> folders;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the model (the bundled one is src/main/resources/extract/learned-names.bin.gz).")
    Path out;

    @Option(names = "--iterations", defaultValue = "250", description = "Training rounds (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--min-count", defaultValue = "3",
            description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}); higher gives a smaller model.")
    int minCount;

    @Option(names = "--min-weight", defaultValue = "0.05",
            description = "Drop features whose weights all stay below this after training (default: ${DEFAULT-VALUE}).")
    double minWeight;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            NameModelTrainer.Result r = new NameModelTrainer(iterations, minCount, minWeight).train(folders, this.out);
            out.printf("trained on %d documents, %d sentences, %d labelled mentions; %d features kept in %s%n",
                    r.documents(), r.sentences(), r.mentions(), r.features(), r.model());
            out.flush();
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
