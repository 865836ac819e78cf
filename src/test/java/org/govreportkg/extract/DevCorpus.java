package org.govreportkg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;

/**
 * Test-scope stand-in for ingest: reads a corpus report from {@code data/}, drops the site
 * boilerplate lines the gold notes exclude (breadcrumbs, "信息来源/信息提供日期" lines) and sets the issuing body.
 */
final class DevCorpus {
    static final List<String> GOLD_DOCS = List.of("futian-2019", "pingshan-2018");
    static final List<String> ALL_DOCS = List.of("futian-2019", "pingshan-2018", "longgang-2023", "shenzhen-2023",
            "shenzhen-2020-part2");

    private DevCorpus() {
    }

    /** The report as ingest gives it (boilerplate stripped, metadata read). */
    static CleanReport ingested(String docId) {
        try {
            return new org.govreportkg.ingest.ReportLoader().load(Path.of("data", docId + ".txt").toAbsolutePath().toUri());
        } catch (org.govreportkg.ingest.IngestException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static CleanReport load(String docId) {
        if (!Boolean.getBoolean("handCleaned")) {
            return ingested(docId);
        }
        Path p = Path.of("data", docId + ".txt");
        try {
            List<String> kept = new ArrayList<>();
            for (String line : Files.readAllLines(p)) {
                String l = line.strip();
                if (l.startsWith("首页") || l.startsWith("信息来源") || l.startsWith("信息提供日期") || l.contains("发布时间")) {
                    continue;
                }
                kept.add(line);
            }
            ReportMetadata m = ReportMetadata.empty();
            String body = switch (docId) {
                case "futian-2019" -> "深圳市福田区人民政府";
                case "pingshan-2018" -> "深圳市坪山区人民政府";
                case "longgang-2023" -> "深圳市龙岗区人民政府";
                default -> "深圳市人民政府";
            };
            m = new ReportMetadata(m.title(), Optional.of(body), m.year(), m.delivered(), m.speaker(), m.speakerRole(),
                    m.session());
            return new CleanReport(docId, p.toUri(), String.join("\n", kept), m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus report " + p, e);
        }
    }

    /** Prediction rows in the scorer's format: doc, entity, type, label (one per label). */
    static List<String> predictionRows(org.govreportkg.extract.Extraction x) {
        List<String> rows = new ArrayList<>();
        for (Entity e : x.entities()) {
            for (EntityType t : e.types()) {
                rows.add(String.join("\t", x.report().docId(), e.key(), t.localName(), e.prefLabel()));
                for (String a : e.altLabels()) {
                    rows.add(String.join("\t", x.report().docId(), e.key(), t.localName(), a));
                }
            }
        }
        return rows;
    }
}
