package org.govreportkg.ingest;

import java.net.URI;
import java.util.Objects;

/**
 * A report after ingest: its text with site boilerplate removed, and what it says about itself.
 * All character offsets used downstream index into {@link #text()}.
 *
 * @param docId    the source's file name without extension (last path segment for a URL)
 * @param source   where it was read from (a file: or http(s): URI)
 * @param text     the cleaned report text, paragraphs separated by '\n'
 * @param metadata what the report says about itself
 */
public record CleanReport(String docId, URI source, String text, ReportMetadata metadata) {
    public CleanReport {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
    }
}
