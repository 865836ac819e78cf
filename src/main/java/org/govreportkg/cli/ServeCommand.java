package org.govreportkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.govreportkg.graph.IriScheme;
import org.govreportkg.ingest.IngestException;
import org.govreportkg.ingest.SourceResolver;
import org.govreportkg.store.ReportStore;
import org.govreportkg.web.GovReportServer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP: the SPARQL endpoint at /sparql and the index page at /.",
                "If the store is empty, the reports in --data are ingested first."})
final class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "TCP port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Reports to ingest when the store is empty (default: ${DEFAULT-VALUE}).")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private volatile ConfigurableApplicationContext context;
    private volatile ReportStore openStore;

    /** The running server once {@link #call()} returned 0; tests stop it with {@link #stop()}. */
    ConfigurableApplicationContext context() {
        return context;
    }

    /** Stops the server and closes the store. */
    synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
        if (openStore != null) {
            openStore.close();
            openStore = null;
        }
    }

    /** True once a server is up: main() must not exit the JVM then. */
    static boolean serving() {
        return serving;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportStore store = ReportStore.open(storeOption.store);
        try {
            if (store.isEmpty()) {
                if (!Files.isDirectory(data)) {
                    err.println("error: the store " + storeOption.store + " is empty and the data folder " + data
                            + " does not exist");
                    store.close();
                    return 1;
                }
                out.println("store " + storeOption.store + " is empty: ingesting " + data);
                out.flush();
                int status = IngestCommand.ingestAll(SourceResolver.expand(List.of(data.toString())), store,
                        new IriScheme(storeOption.base), out, err);
                if (status != 0) {
                    err.println("warning: some reports in " + data + " could not be ingested; serving the rest");
                }
            }
            ConfigurableApplicationContext ctx = GovReportServer.start(store, port,
                    "--govreport.base=" + new IriScheme(storeOption.base).base());
            context = ctx;
            openStore = store;
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "store-close"));
            serving = true;
            out.println("serving " + store.graphNames().size() + " reports from " + storeOption.store
                    + " on port " + ctx.getEnvironment().getProperty("local.server.port", String.valueOf(port)));
            out.flush();
            return 0;
        } catch (IngestException e) {
            err.println("error: " + e.getMessage());
            store.close();
            return 1;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
