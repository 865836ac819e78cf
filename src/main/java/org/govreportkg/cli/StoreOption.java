package org.govreportkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} and {@code --base} options every command that touches the database shares. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "TDB2 database folder (created if missing; default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "http://localhost:8080/",
            description = "Base of the graph's IRIs (default: ${DEFAULT-VALUE}).")
    String base;
}
