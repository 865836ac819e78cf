package org.govreportkg.cli;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.govreportkg.extract.Extraction;
import org.govreportkg.extract.ReportExtractor;
import org.govreportkg.graph.IriScheme;
import org.govreportkg.graph.ReportGraphMapper;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.IngestException;
import org.govreportkg.ingest.ReportLoader;
import org.govreportkg.ingest.SourceResolver;
import org.govreportkg.store.ReportStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Times each stage over a set of reports and prints medians, so speed claims can be checked by anyone
 * on their own machine. The baseline is HanLP's segmenter alone (place and organization recognition
 * on, fed line by line): the extractor as a whole is quoted as a ratio to it.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Times ingest, HanLP segmentation alone, extraction, RDF mapping, the store write and "
                + "a union query over the given reports; prints the median of --runs rounds after --warmup rounds."})
final class BenchmarkCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SOURCE", arity = "0..*", defaultValue = "data",
            description = "Reports to time (default: ${DEFAULT-VALUE}).")
    List<String> sources;

    @Option(names = "--runs", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<URI> uris;
        try {
            uris = SourceResolver.expand(sources);
        } catch (IngestException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 1;
        }
        ReportLoader loader = new ReportLoader();
        long t0 = System.nanoTime();
        ReportExtractor extractor = ReportExtractor.standard();
        extractor.extract(loader.load(uris.get(0)));
        double startupMs = (System.nanoTime() - t0) / 1e6;
        ReportGraphMapper mapper = new ReportGraphMapper(new IriScheme(IriScheme.DEFAULT_BASE));
        Segment segment = HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true)
                .enableOffset(true);

        List<CleanReport> reports = new ArrayList<>();
        for (URI u : uris) {
            reports.add(loader.load(u));
        }
        long chars = reports.stream().mapToLong(r -> r.text().length()).sum();
        double[] ingest = new double[runs], seg = new double[runs], extract = new double[runs],
                map = new double[runs], store = new double[runs], query = new double[runs];
        Path dir = Files.createTempDirectory("govreport-benchmark");
        try (ReportStore db = ReportStore.open(dir)) {
            for (int round = -warmup; round < runs; round++) {
                long a = System.nanoTime();
                for (URI u : uris) {
                    loader.load(u);
                }
                long b = System.nanoTime();
                for (CleanReport r : reports) {
                    r.text().lines().forEach(segment::seg);
                }
                long c = System.nanoTime();
                List<Extraction> xs = new ArrayList<>();
                for (CleanReport r : reports) {
                    xs.add(extractor.extract(r));
                }
                long d = System.nanoTime();
                List<Graph> graphs = new ArrayList<>();
                for (Extraction x : xs) {
                    graphs.add(mapper.toGraph(x));
                }
                long e = System.nanoTime();
                for (int i = 0; i < graphs.size(); i++) {
                    db.replaceGraph(mapper.graphIri(reports.get(i)), graphs.get(i));
                }
                long f = System.nanoTime();
                long n = db.read(ds -> {
                    try (QueryExecution qe = QueryExecution.dataset(ds).query(
                            "SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE { ?e <https://w3id.org/govreport-kg/ontology#mentionedIn> ?r } GROUP BY ?e")
                            .build()) {
                        long rows = 0;
                        for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                            rows++;
                        }
                        return rows;
                    }
                });
                long g = System.nanoTime();
                if (round >= 0) {
                    ingest[round] = (b - a) / 1e6;
                    seg[round] = (c - b) / 1e6;
                    extract[round] = (d - c) / 1e6;
                    map[round] = (e - d) / 1e6;
                    store[round] = (f - e) / 1e6;
                    query[round] = (g - f) / 1e6;
                }
                if (n == 0) {
                    throw new IllegalStateException("benchmark query returned nothing");
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.printf(Locale.ROOT, "%d reports, %,d characters; %d timed rounds after %d warm-up; JDK %s, %d cores%n",
                reports.size(), chars, runs, warmup, Runtime.version(), Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "start-up (load dictionaries and gazetteer, first report): %.0f ms%n", startupMs);
        out.printf(Locale.ROOT, "%-28s %10s %14s%n", "stage (median of runs)", "ms", "chars/s");
        line(out, "ingest (read, decode, clean)", ingest, chars);
        line(out, "HanLP segmenter alone", seg, chars);
        line(out, "extract (whole pipeline)", extract, chars);
        line(out, "map to RDF", map, chars);
        line(out, "store write (replace graphs)", store, chars);
        out.printf(Locale.ROOT, "%-28s %10.1f%n", "union query (entities x reports)", median(query));
        out.printf(Locale.ROOT, "extract / segmenter ratio: %.2f%n", median(extract) / median(seg));
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String name, double[] ms, long chars) {
        double m = median(ms);
        out.printf(Locale.ROOT, "%-28s %10.1f %,14.0f%n", name, m, chars / (m / 1000.0));
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
