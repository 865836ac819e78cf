package org.govreportkg.web;

import java.util.List;
import java.util.Optional;

/**
 * The RDF serialisations a dereferenced IRI offers, with the {@code ?format=} keyword that picks each
 * one without content negotiation (links in HTML pages and browsers cannot set {@code Accept}).
 */
enum DescriptionFormat {
    TURTLE("ttl", "Turtle", ResultFormat.TURTLE),
    JSON_LD("jsonld", "JSON-LD", ResultFormat.JSON_LD),
    N_TRIPLES("nt", "N-Triples", ResultFormat.N_TRIPLES),
    RDF_XML("rdf", "RDF/XML", ResultFormat.RDF_XML);

    static final String HTML = "text/html";
    private static final List<String> HTML_TYPES = List.of(HTML, "application/xhtml+xml");

    private final String keyword;
    private final String title;
    private final ResultFormat format;

    DescriptionFormat(String keyword, String title, ResultFormat format) {
        this.keyword = keyword;
        this.title = title;
        this.format = format;
    }

    String keyword() {
        return keyword;
    }

    String title() {
        return title;
    }

    ResultFormat format() {
        return format;
    }

    String mediaType() {
        return format.contentType().substring(0, format.contentType().indexOf(';'));
    }

    static Optional<DescriptionFormat> byKeyword(String keyword) {
        for (DescriptionFormat f : values()) {
            if (f.keyword.equals(keyword)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The representation {@code accept} prefers: an RDF format, or empty for HTML. Turtle comes first so
     * that clients sending {@code *}{@code /*} (or nothing) get data, while browsers, which rank
     * {@code text/html} above {@code *}{@code /*}, get the page.
     *
     * @throws ProtocolException 406 when nothing offered is acceptable
     */
    static Optional<DescriptionFormat> negotiate(String accept) {
        List<String> offered = new java.util.ArrayList<>();
        List<ResultFormat> graphFormats = List.of(ResultFormat.TURTLE, ResultFormat.JSON_LD, ResultFormat.N_TRIPLES,
                ResultFormat.RDF_XML);
        for (ResultFormat f : graphFormats) {
            offered.addAll(f.mediaTypes());
        }
        offered.addAll(HTML_TYPES);
        String chosen = ResultFormat.Conneg.choose(accept, offered).orElseThrow(() -> new ProtocolException(
                org.springframework.http.HttpStatus.NOT_ACCEPTABLE, "Cannot produce any type in Accept '" + accept
                        + "'; this resource is available as text/html, text/turtle, application/ld+json,"
                        + " application/n-triples and application/rdf+xml"));
        if (HTML_TYPES.contains(chosen)) {
            return Optional.empty();
        }
        for (DescriptionFormat f : values()) {
            if (f.format.mediaTypes().contains(chosen)) {
                return Optional.of(f);
            }
        }
        throw new IllegalStateException("offered type without a format: " + chosen);
    }
}
