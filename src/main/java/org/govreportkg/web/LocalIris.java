package org.govreportkg.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.govreportkg.graph.IriScheme;

/**
 * Maps between request paths and the graph's IRIs under the configured base. A path maps to
 * {@code base + path} whatever host the request came in on, since the server may sit behind a proxy or be
 * reached under another name; each path segment is re-encoded the way the graph mints IRIs, so a key
 * sent raw or percent-encoded finds the same resource.
 */
final class LocalIris {

    private final String base;

    LocalIris(IriScheme scheme) {
        this.base = scheme.base();
    }

    String base() {
        return base;
    }

    /** The IRI named by a decoded request path such as {@code /entity/青岚市人民政府}. */
    String iriOf(String decodedPath) {
        String path = decodedPath.startsWith("/") ? decodedPath.substring(1) : decodedPath;
        StringBuilder iri = new StringBuilder(base);
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                iri.append('/');
            }
            iri.append(segment(parts[i]));
        }
        return iri.toString();
    }

    /** The path on this server that serves {@code iri}, if it is one of ours. */
    Optional<String> localPath(String iri) {
        return iri != null && iri.startsWith(base) && iri.length() > base.length()
                ? Optional.of("/" + iri.substring(base.length()))
                : Optional.empty();
    }

    /** A link target for {@code iri}: our own page when we serve it, else the IRI itself. */
    String href(String iri) {
        return localPath(iri).orElse(iri);
    }

    /** The report's document id for a report or graph IRI of ours, e.g. {@code pingshan-2018}. */
    Optional<String> docOf(String iri) {
        return localPath(iri).filter(p -> p.startsWith("/report/") || p.startsWith("/graph/"))
                .map(p -> p.substring(p.indexOf('/', 1) + 1));
    }

    // Must agree with IriScheme.segment (package-private there): same characters encoded, CJK kept.
    static String segment(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c <= 0x20 || c == 0x7F || "<>\"{}|\\^`%/?#[]".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
