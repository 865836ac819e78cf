package org.govreportkg.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Turns command-line arguments (files, directories, web addresses) into the sources to load. */
public final class SourceResolver {

    private static final Pattern WEB = Pattern.compile("(?i)^https?://.+");
    private static final Pattern OTHER_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]+://.*");

    private SourceResolver() {
    }

    /**
     * @param args each a .txt/.html/.htm file, a directory (its such files, not recursive, sorted by
     *             name) or an http(s) URL
     * @return the sources in argument order
     * @throws IngestException naming the argument that is missing, of an unsupported type, or an
     *                         empty directory
     */
    public static List<URI> expand(List<String> args) throws IngestException {
        List<URI> sources = new ArrayList<>();
        for (String arg : args) {
            sources.addAll(expand(arg));
        }
        return List.copyOf(sources);
    }

    private static List<URI> expand(String arg) throws IngestException {
        if (WEB.matcher(arg).matches()) {
            return List.of(webAddress(arg));
        }
        if (OTHER_SCHEME.matcher(arg).matches()) {
            throw new IngestException(arg + ": unsupported URL scheme (expected http or https)");
        }
        Path path;
        try {
            path = arg.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException e) {
            throw new IngestException(arg + ": not a valid path (" + e.getMessage() + ")", e);
        }
        if (Files.isDirectory(path)) {
            return directory(arg, path);
        }
        if (!Files.exists(path)) {
            throw new IngestException(arg + ": no such file or directory");
        }
        if (!isSupported(path)) {
            throw new IngestException(arg + ": unsupported file type (expected .txt, .html or .htm)");
        }
        return List.of(path.toAbsolutePath().normalize().toUri());
    }

    private static URI webAddress(String arg) throws IngestException {
        try {
            URI uri = new URI(arg);
            if (uri.getHost() == null) {
                throw new IngestException(arg + ": URL has no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IngestException(arg + ": malformed URL (" + e.getMessage() + ")", e);
        }
    }

    private static List<URI> directory(String arg, Path dir) throws IngestException {
        List<URI> found;
        try (Stream<Path> entries = Files.list(dir)) {
            found = entries.filter(Files::isRegularFile)
                    .filter(SourceResolver::isSupported)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> p.toAbsolutePath().normalize().toUri())
                    .toList();
        } catch (IOException e) {
            throw new IngestException(arg + ": cannot list directory (" + e + ")", e);
        }
        if (found.isEmpty()) {
            throw new IngestException(arg + ": directory holds no .txt, .html or .htm files");
        }
        return found;
    }

    private static boolean isSupported(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }
}
