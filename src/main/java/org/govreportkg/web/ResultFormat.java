package org.govreportkg.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.springframework.http.HttpStatus;

/**
 * The response formats the endpoint can write, each with the media types that select it. The first
 * format of each family is the default for {@code *}{@code /*} or no {@code Accept}.
 */
enum ResultFormat {
    SPARQL_JSON(Family.RESULTS, ResultSetLang.RS_JSON, "http://www.w3.org/ns/formats/SPARQL_Results_JSON",
            "application/sparql-results+json", "application/json"),
    SPARQL_XML(Family.RESULTS, ResultSetLang.RS_XML, "http://www.w3.org/ns/formats/SPARQL_Results_XML",
            "application/sparql-results+xml", "application/xml", "text/xml"),
    CSV(Family.RESULTS, ResultSetLang.RS_CSV, "http://www.w3.org/ns/formats/SPARQL_Results_CSV", "text/csv"),
    TSV(Family.RESULTS, ResultSetLang.RS_TSV, "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
            "text/tab-separated-values"),
    TURTLE(Family.GRAPH, Lang.TURTLE, "http://www.w3.org/ns/formats/Turtle", "text/turtle", "application/x-turtle"),
    N_TRIPLES(Family.GRAPH, Lang.NTRIPLES, "http://www.w3.org/ns/formats/N-Triples",
            "application/n-triples", "text/plain"),
    RDF_XML(Family.GRAPH, Lang.RDFXML, "http://www.w3.org/ns/formats/RDF_XML", "application/rdf+xml"),
    JSON_LD(Family.GRAPH, Lang.JSONLD, "http://www.w3.org/ns/formats/JSON-LD", "application/ld+json");

    enum Family { RESULTS, GRAPH }

    private final Family family;
    private final Lang lang;
    private final String formatIri;
    private final List<String> mediaTypes;

    ResultFormat(Family family, Lang lang, String formatIri, String... mediaTypes) {
        this.family = family;
        this.lang = lang;
        this.formatIri = formatIri;
        this.mediaTypes = List.of(mediaTypes);
    }

    Lang lang() {
        return lang;
    }

    /** The W3C format IRI used in the service description ({@code sd:resultFormat}). */
    String formatIri() {
        return formatIri;
    }

    /** The media types that select this format, the canonical one first. */
    List<String> mediaTypes() {
        return mediaTypes;
    }

    /** The Content-Type sent: always the canonical type, whichever alias the client asked for. */
    String contentType() {
        return mediaTypes.getFirst() + ";charset=utf-8";
    }

    /** Picks the format of {@code family} that the {@code Accept} header prefers, if it accepts any. */
    static Optional<ResultFormat> negotiate(String accept, Family family) {
        List<ResultFormat> offers = Arrays.stream(values()).filter(f -> f.family == family).toList();
        List<String> offered = offers.stream().flatMap(f -> f.mediaTypes.stream()).toList();
        Optional<String> chosen = Conneg.choose(accept, offered);
        return chosen.flatMap(type -> offers.stream().filter(f -> f.mediaTypes.contains(type)).findFirst());
    }

    /** Jena's content negotiation: q-values, wildcards and specificity as Fuseki applies them. */
    static final class Conneg {
        private Conneg() {}

        static Optional<String> choose(String accept, List<String> offered) {
            String header = accept == null || accept.isBlank() ? "*/*" : accept;
            MediaType match;
            try {
                match = AcceptList.match(new AcceptList(header), AcceptList.create(offered.toArray(String[]::new)));
            } catch (RuntimeException e) {
                throw new ProtocolException(HttpStatus.BAD_REQUEST,
                        "Malformed Accept header '" + header + "'");
            }
            return Optional.ofNullable(match).map(MediaType::getContentTypeStr);
        }
    }
}
