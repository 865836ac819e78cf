package org.govreportkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.govreportkg.eval.GoldSet;
import org.govreportkg.eval.Prediction;
import org.govreportkg.eval.Score;
import org.govreportkg.eval.Scorer;
import org.govreportkg.store.ReportStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Scores the store's entities (as `export entities` prints them) against gold annotations, "
                + "with the matching rules of the reference scorer.",
                "Prints per-type P/R/F1; the last line is `micro F1 <f> P <p> R <r>`."})
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "Folder of <doc>.gold.tsv files.")
    Path gold;

    @Option(names = {"-v", "--verbose"}, description = "Also list every false alarm and miss.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(storeOption.store)) {
            err.println("error: no store at " + storeOption.store);
            return 1;
        }
        GoldSet goldSet;
        try {
            goldSet = GoldSet.load(gold);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        List<Prediction> predictions;
        try (ReportStore store = ReportStore.open(storeOption.store)) {
            predictions = EntityExport.predictions(store);
        }
        Score score = new Scorer(goldSet).score(predictions, goldSet.docs(), verbose);
        score.errors().forEach(out::println);
        score.report().forEach(out::println);
        out.flush();
        return 0;
    }
}
