package org.govreportkg.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gzipped division table written by {@code src/build/gazetteer/regenerate.sh}:
 * a header line, then code, name, level and parent code separated by tabs.
 */
final class DivisionFile {

    static final String STANDARD_RESOURCE = "/gazetteer/divisions.tsv.gz";
    private static final String HEADER = "code\tname\tlevel\tparent";

    private DivisionFile() {
    }

    static List<Division> readStandard() {
        InputStream in = DivisionFile.class.getResourceAsStream(STANDARD_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource " + STANDARD_RESOURCE + " is not on the classpath");
        }
        return read(in, STANDARD_RESOURCE);
    }

    /** Reads and closes {@code gzipped}; {@code source} names it in error messages. */
    static List<Division> read(InputStream gzipped, String source) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalArgumentException(source + ": expected header '" + HEADER + "', found '" + header + "'");
            }
            List<Division> divisions = new ArrayList<>(50_000);
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                divisions.add(parse(line, source, lineNumber));
            }
            return divisions;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + source, e);
        }
    }

    /** Exactly four fields, or fewer when the line is malformed; cheaper than a regex split. */
    private static String[] splitTabs(String line) {
        String[] fields = new String[4];
        int from = 0;
        for (int i = 0; i < 3; i++) {
            int tab = line.indexOf('\t', from);
            if (tab < 0) {
                return new String[i + 1];
            }
            fields[i] = line.substring(from, tab);
            from = tab + 1;
        }
        if (line.indexOf('\t', from) >= 0) {
            return new String[5];
        }
        fields[3] = line.substring(from);
        return fields;
    }

    private static Division parse(String line, String source, int lineNumber) {
        String[] fields = splitTabs(line);
        if (fields.length != 4 || fields[0].isEmpty() || fields[1].isEmpty()) {
            throw new IllegalArgumentException(source + " line " + lineNumber + ": expected code, name, level, parent but got '" + line + "'");
        }
        Division.Level level;
        try {
            level = Division.Level.valueOf(fields[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " line " + lineNumber + ": unknown level '" + fields[2] + "'", e);
        }
        String name = fields[1];
        Optional<String> parent = fields[3].isEmpty() ? Optional.empty() : Optional.of(fields[3]);
        return new Division(fields[0], name, ShortNames.of(name, level), level, parent);
    }
}
