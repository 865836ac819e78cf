package org.govreportkg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.govreportkg.extract.ReportExtractor;
import org.govreportkg.graph.IriScheme;
import org.govreportkg.graph.ReportGraphMapper;
import org.govreportkg.ingest.IngestException;
import org.govreportkg.ingest.ReportLoader;
import org.govreportkg.ingest.SourceResolver;
import org.govreportkg.store.ReportStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads reports into the store: one named graph per report; ingesting a source again "
                + "replaces its graph.",
                "A SOURCE is a .txt/.html/.htm file, a folder of them, or an http(s) URL."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every source was ingested", "1:some source failed (the others were stored)",
                "2:bad usage"})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files, folders or URLs to ingest.")
    List<String> sources;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<URI> uris;
        try {
            uris = SourceResolver.expand(sources);
        } catch (IngestException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        try (ReportStore store = ReportStore.open(storeOption.store)) {
            return ingestAll(uris, store, new IriScheme(storeOption.base), out, err);
        }
    }

    /** Ingests {@code uris} one by one, printing a summary line each; 0 if all succeeded, else 1. */
    static int ingestAll(List<URI> uris, ReportStore store, IriScheme iris, PrintWriter out, PrintWriter err) {
        ReportIngester ingester = new ReportIngester(new ReportLoader(), ReportExtractor.standard(),
                new ReportGraphMapper(iris), store);
        int failed = 0;
        ProgressBar bar = Terminal.interactive()
                ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(uris.size()).build()
                : null;
        try {
            for (URI uri : uris) {
                try {
                    out.println(ingester.ingest(uri).line());
                } catch (IngestException e) {
                    failed++;
                    err.println("error: " + e.getMessage());
                }
                out.flush();
                if (bar != null) {
                    bar.step();
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        out.printf("%d of %d reports ingested into %s%n", uris.size() - failed, uris.size(), store.location());
        return failed == 0 ? 0 : 1;
    }
}
