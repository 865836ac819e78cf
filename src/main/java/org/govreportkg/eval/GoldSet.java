package org.govreportkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Gold annotations: a folder of {@code <doc>.gold.tsv} files (format in the project README). */
public final class GoldSet {

    /** One gold entity: its types, every normalised name, whether matching it is optional. */
    record Row(Set<String> types, String name, Set<String> names, boolean optional, String primaryType) {
    }

    private final Map<String, List<Row>> rowsByDoc;

    private GoldSet(Map<String, List<Row>> rowsByDoc) {
        this.rowsByDoc = rowsByDoc;
    }

    public static GoldSet load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("gold folder not found: " + dir);
        }
        Map<String, List<Row>> byDoc = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".gold.tsv")).sorted().toList()) {
                byDoc.put(Labels.docId(f.getFileName().toString()), readRows(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold folder " + dir, e);
        }
        if (byDoc.isEmpty()) {
            throw new IllegalArgumentException("no *.gold.tsv files in " + dir);
        }
        return new GoldSet(byDoc);
    }

    private static List<Row> readRows(Path f) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || (i == 0 && line.startsWith("type"))) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            String typeCol = parts[0];
            String name = parts.length > 1 ? parts[1].strip() : "";
            String aliases = parts.length > 2 ? parts[2] : "";
            String status = parts.length > 3 ? parts[3].strip() : "";
            Set<String> types = new LinkedHashSet<>();
            for (String t : typeCol.split("\\|")) {
                if (!t.isBlank()) {
                    types.add(t.strip());
                }
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(Labels.norm(name));
            for (String a : aliases.split("\\|")) {
                if (!a.isBlank()) {
                    names.add(Labels.norm(a));
                }
            }
            names.remove("");
            boolean optional = status.startsWith("opt");
            rows.add(new Row(Set.copyOf(types), name, Set.copyOf(names), optional, typeCol.split("\\|")[0].strip()));
        }
        return rows;
    }

    public Set<String> docs() {
        return rowsByDoc.keySet();
    }

    List<Row> rows(String doc) {
        return rowsByDoc.getOrDefault(doc, List.of());
    }
}
