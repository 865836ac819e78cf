package org.govreportkg.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads a report from a file or a web page and cleans it: decodes it (BOM, declared charset or a
 * UTF-8/GB18030 guess), reads an HTML page's visible text, removes site boilerplate, and reads the
 * report's metadata.
 */
public final class ReportLoader {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final String USER_AGENT = "govreport-kg (+https://github.com/govreport-kg)";

    /** Fewer Chinese characters than this after cleaning and it is a stub, an error page or not Chinese. */
    private static final int MIN_HAN_CHARS = 100;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body)\\b");

    private final HttpClient http;

    /** Uses an HTTP client with connect timeout that follows redirects (except https to http). */
    public ReportLoader() {
        this(HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
    }

    public ReportLoader(HttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * @param source a file: or http(s): URI
     * @return the cleaned report, with {@code docId} from the file name or last URL path segment
     * @throws IngestException naming the source if it cannot be read, is empty, or holds no report text
     */
    public CleanReport load(URI source) throws IngestException {
        Objects.requireNonNull(source, "source");
        String scheme = Optional.ofNullable(source.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        Content content = switch (scheme) {
            case "file" -> readFile(source);
            case "http", "https" -> fetch(source);
            default -> throw new IngestException(source + ": unsupported source (expected a file: or http(s): URI)");
        };
        if (content.bytes().length == 0) {
            throw new IngestException(source + ": empty");
        }
        boolean html = content.isHtml();
        String decoded = TextDecoder.decode(content.bytes(), content.contentType(), html);
        if (decoded.indexOf('\0') >= 0) {
            throw new IngestException(source + ": binary content, not a text or HTML report");
        }
        List<String> rawLines = new ArrayList<>();
        String text = decoded;
        if (html) {
            HtmlText.Page page = HtmlText.read(decoded, source.toString());
            if (!page.title().isEmpty()) {
                rawLines.add(page.title());
            }
            text = page.text();
        }
        List<String> lines = Boilerplate.lines(text);
        rawLines.addAll(lines);

        Boilerplate.Body body = Boilerplate.strip(lines);
        String cleaned = body.text();
        long han = HAN.matcher(cleaned).results().count();
        if (han < MIN_HAN_CHARS) {
            throw new IngestException(source + ": does not look like a report (" + han
                    + " Chinese characters left after removing site boilerplate)");
        }
        return new CleanReport(docId(source), source, cleaned, MetadataReader.read(body, rawLines));
    }

    /** File name or last URL path segment without extension; a URL with an empty path is named by its host. */
    static String docId(URI source) {
        String path = Optional.ofNullable(source.getPath()).orElse("");
        int slash = path.lastIndexOf('/', path.endsWith("/") ? path.length() - 2 : path.length() - 1);
        String segment = path.substring(slash + 1).replaceAll("/$", "");
        int dot = segment.lastIndexOf('.');
        String stem = dot > 0 ? segment.substring(0, dot) : segment;
        if (stem.isEmpty()) {
            return Optional.ofNullable(source.getHost()).orElse("report");
        }
        return stem;
    }

    private record Content(byte[] bytes, Optional<String> contentType, boolean isHtml) {
    }

    private static Content readFile(URI source) throws IngestException {
        Path path;
        try {
            path = Path.of(source);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IngestException(source + ": not a usable file URI (" + e.getMessage() + ")", e);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".txt")) {
            throw new IngestException(source + ": unsupported file type (expected .txt, .html or .htm)");
        }
        try {
            return new Content(Files.readAllBytes(path), Optional.empty(), html);
        } catch (NoSuchFileException e) {
            throw new IngestException(source + ": no such file", e);
        } catch (IOException e) {
            throw new IngestException(source + ": cannot read (" + e + ")", e);
        }
    }

    private Content fetch(URI source) throws IngestException {
        HttpRequest request = HttpRequest.newBuilder(source)
                .timeout(REQUEST_TIMEOUT)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IngestException(source + ": cannot fetch (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(source + ": interrupted while fetching", e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new IngestException(source + ": HTTP status " + status);
        }
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        byte[] body = response.body();
        return new Content(body, contentType, isHtml(source, contentType, body));
    }

    private static boolean isHtml(URI source, Optional<String> contentType, byte[] body) throws IngestException {
        String type = contentType.map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
        if (type.contains("html")) {
            return true;
        }
        if (!type.isEmpty() && !type.startsWith("text/") && !type.startsWith("application/octet-stream")) {
            throw new IngestException(source + ": unsupported content type " + contentType.get());
        }
        // Servers label pages text/plain or nothing at all; the markup itself says what it is.
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1);
        return HTML_START.matcher(head).find();
    }
}
