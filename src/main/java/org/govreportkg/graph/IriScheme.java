package org.govreportkg.graph;

import java.util.Objects;
import org.govreportkg.extract.Entity;

/**
 * Mints the graph's IRIs under a configurable base (by default the server's own address, so every
 * IRI can be dereferenced):
 * <ul>
 * <li>{@code {base}report/{docId}} — a report; {@code {base}graph/{docId}} — its named graph;</li>
 * <li>{@code {base}report/{docId}#sentence=b,e} and {@code #char=b,e} — sentences and mentions,
 *     with code-point offsets into the report's text (RFC 5147 style);</li>
 * <li>{@code {base}place/{code}} — a gazetteer place, by its GB/T 2260 code;</li>
 * <li>{@code {base}entity/{key}} — any other entity, by its extraction key, so the same full name in
 *     two reports is the same IRI (scoped short forms have a {@code scope/} prefix in their key).</li>
 * </ul>
 */
public final class IriScheme {

    public static final String DEFAULT_BASE = "http://localhost:8080/";

    private final String base;

    public IriScheme(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new IllegalArgumentException("IRI base must be an http(s) IRI: " + base);
        }
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public String report(String docId) {
        return base + "report/" + segment(docId);
    }

    public String graph(String docId) {
        return base + "graph/" + segment(docId);
    }

    public String entity(Entity e) {
        return e.divisionCode().map(code -> base + "place/" + code)
                .orElseGet(() -> base + "entity/" + path(e.key()));
    }

    /** Encodes what an IRI path segment may not contain; CJK characters stay readable. */
    static String segment(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c <= 0x20 || c == 0x7F || "<>\"{}|\\^`%/?#[]".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** As {@link #segment} for each '/'-separated part, keeping the slashes. */
    static String path(String key) {
        StringBuilder sb = new StringBuilder();
        for (String part : key.split("/", -1)) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(part.isEmpty() ? "_" : segment(part));
        }
        return sb.toString();
    }
}
