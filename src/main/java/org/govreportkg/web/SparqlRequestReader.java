package org.govreportkg.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.MultiValueMap;

/**
 * Turns an HTTP request into a {@link SparqlRequest}, enforcing the SPARQL 1.1 Protocol rules for the
 * query operation and the body size limit.
 */
final class SparqlRequestReader {

    static final String QUERY = "query";
    static final String UPDATE = "update";
    static final String DEFAULT_GRAPH = "default-graph-uri";
    static final String NAMED_GRAPH = "named-graph-uri";
    static final String TIMEOUT = "timeout";

    static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query");
    static final MediaType SPARQL_UPDATE = MediaType.parseMediaType("application/sparql-update");

    /** Content types of Graph Store Protocol writes, refused rather than reported as merely unknown. */
    private static final List<MediaType> RDF_TYPES = MediaType.parseMediaTypes(List.of(
            "text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json",
            "application/n-quads", "application/trig", "application/rdf+json", "text/n3"));

    private final long maxBodyBytes;

    SparqlRequestReader(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** GET: everything is in the query string (already decoded by the container, {@code +} as space). */
    SparqlRequest fromGet(HttpServletRequest request) {
        return fromParameters(urlParameters(request), null);
    }

    SparqlRequest fromPost(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null || header.isBlank()) {
            throw new ProtocolException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "POST without Content-Type: send application/sparql-query or application/x-www-form-urlencoded");
        }
        MediaType type = parse(header);
        Charset charset = charsetOf(type, header);
        // Read the body before touching parameters, so the container does not parse it as a form itself
        byte[] body = readBody(request);
        Map<String, List<String>> urlParams = urlParameters(request);
        if (type.equalsTypeAndSubtype(MediaType.APPLICATION_FORM_URLENCODED)) {
            Map<String, List<String>> params = new LinkedHashMap<>(urlParams);
            parseForm(body, charset).forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            return fromParameters(params, null);
        }
        if (type.equalsTypeAndSubtype(SPARQL_QUERY)) {
            return fromParameters(urlParams, new String(body, charset));
        }
        if (type.equalsTypeAndSubtype(SPARQL_UPDATE)) {
            throw readOnly();
        }
        if (RDF_TYPES.stream().anyMatch(type::equalsTypeAndSubtype)) {
            throw new ProtocolException(HttpStatus.FORBIDDEN,
                    "This endpoint is read-only: Graph Store Protocol writes (" + type.getType() + "/"
                            + type.getSubtype() + ") are not accepted");
        }
        throw new ProtocolException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Content-Type '" + header
                + "': send application/sparql-query or application/x-www-form-urlencoded");
    }

    private SparqlRequest fromParameters(Map<String, List<String>> params, String directQuery) {
        if (params.containsKey(UPDATE)) {
            throw readOnly();
        }
        List<String> queries = new ArrayList<>(params.getOrDefault(QUERY, List.of()));
        if (directQuery != null) {
            queries.add(directQuery);
        }
        if (queries.isEmpty()) {
            throw new ProtocolException(HttpStatus.BAD_REQUEST, "No 'query' parameter in the request");
        }
        if (queries.size() > 1) {
            throw new ProtocolException(HttpStatus.BAD_REQUEST,
                    "More than one query in the request (" + queries.size() + "); send exactly one");
        }
        String query = queries.getFirst();
        if (query.isBlank()) {
            throw new ProtocolException(HttpStatus.BAD_REQUEST, "The query is empty");
        }
        return new SparqlRequest(query, graphs(params, DEFAULT_GRAPH), graphs(params, NAMED_GRAPH),
                timeout(params.getOrDefault(TIMEOUT, List.of())));
    }

    private static List<String> graphs(Map<String, List<String>> params, String name) {
        List<String> iris = params.getOrDefault(name, List.of());
        for (String iri : iris) {
            try {
                if (!IRIx.create(iri).isAbsolute()) {
                    throw new ProtocolException(HttpStatus.BAD_REQUEST, name + " is not an absolute IRI: '" + iri + "'");
                }
            } catch (IRIException e) {
                throw new ProtocolException(HttpStatus.BAD_REQUEST, name + " is not a valid IRI: '" + iri + "'");
            }
        }
        return iris;
    }

    private static Optional<Duration> timeout(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new ProtocolException(HttpStatus.BAD_REQUEST, "More than one 'timeout' parameter");
        }
        String value = values.getFirst().trim();
        try {
            BigDecimal seconds = new BigDecimal(value);
            long millis = seconds.movePointRight(3).longValueExact();
            if (millis <= 0) {
                throw new ProtocolException(HttpStatus.BAD_REQUEST, "'timeout' must be a positive number of seconds: '" + value + "'");
            }
            return Optional.of(Duration.ofMillis(millis));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ProtocolException(HttpStatus.BAD_REQUEST, "'timeout' is not a number of seconds: '" + value + "'");
        }
    }

    private static MediaType parse(String header) {
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            throw new ProtocolException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Malformed Content-Type '" + header + "'");
        }
    }

    /** The protocol fixes UTF-8; a body in another charset is refused instead of being decoded wrongly. */
    private static Charset charsetOf(MediaType type, String header) {
        String name = type.getParameter("charset");
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        String unquoted = name.replace("\"", "").trim();
        if (!unquoted.equalsIgnoreCase("UTF-8") && !unquoted.equalsIgnoreCase("UTF8")) {
            throw new ProtocolException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported charset '" + unquoted + "' in Content-Type '" + header + "': only UTF-8 is accepted");
        }
        return StandardCharsets.UTF_8;
    }

    private byte[] readBody(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (body.length > maxBodyBytes) {
                throw RequestSizeFilter.tooLarge(maxBodyBytes);
            }
            return body;
        } catch (IOException e) {
            throw new ProtocolException(HttpStatus.BAD_REQUEST, "Could not read the request body: " + e.getMessage());
        }
    }

    private static Map<String, List<String>> parseForm(byte[] body, Charset charset) {
        HttpInputMessage message = new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                HttpHeaders headers = new HttpHeaders();
                headers.setContentType(new MediaType(MediaType.APPLICATION_FORM_URLENCODED, charset));
                return headers;
            }
        };
        try {
            MultiValueMap<String, String> form = new FormHttpMessageConverter().read(null, message);
            Map<String, List<String>> params = new LinkedHashMap<>();
            form.forEach((k, v) -> params.put(k, new ArrayList<>(v)));
            return params;
        } catch (IOException | IllegalArgumentException | HttpMessageNotReadableException e) {
            throw new ProtocolException(HttpStatus.BAD_REQUEST, "Malformed form body: " + e.getMessage());
        }
    }

    /** The URL's parameters, as the container decoded them ({@code +} as space, UTF-8). */
    private static Map<String, List<String>> urlParameters(HttpServletRequest request) {
        Map<String, String[]> parameterMap;
        try {
            parameterMap = request.getParameterMap();
        } catch (IllegalStateException e) {
            // Tomcat refuses parameters it cannot decode (bad %-escapes, bytes that are not UTF-8)
            throw new ProtocolException(HttpStatus.BAD_REQUEST,
                    "The URL's parameters are not valid UTF-8 percent-encoding: " + request.getQueryString());
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        parameterMap.forEach((k, v) -> params.put(k, new ArrayList<>(List.of(v))));
        return params;
    }

    private static ProtocolException readOnly() {
        return new ProtocolException(HttpStatus.FORBIDDEN, "This endpoint is read-only: SPARQL Update is not accepted");
    }
}
