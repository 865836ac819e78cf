package org.govreportkg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.govreportkg.store.ReportStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Makes the graph's IRIs dereferenceable: {@code /entity/**}, {@code /place/{code}}, {@code /report/{doc}}
 * and {@code /graph/{doc}} answer with RDF (Turtle, JSON-LD, N-Triples, RDF/XML) or an HTML page, chosen
 * by {@code ?format=} or else by the {@code Accept} header. HEAD is answered as GET without a body.
 */
@Controller
final class LinkedDataController {

    private final ReportStore store;
    private final LocalIris iris;
    private final ResourceDescriber describer;
    private final EntityPage entityPage;
    private final ReportPage reportPage;

    LinkedDataController(ReportStore store, LocalIris iris) {
        this.store = store;
        this.iris = iris;
        this.describer = new ResourceDescriber(store, iris);
        this.entityPage = new EntityPage(iris);
        this.reportPage = new ReportPage(iris);
    }

    @GetMapping({"/entity/**", "/place/**"})
    void entity(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(name = "format", required = false) String format) throws IOException {
        String iri = iriOf(request);
        Optional<DescriptionFormat> rdf = representation(request, response, format);
        if (rdf.isPresent()) {
            send(response, rdf.get(), describer.entity(iri).orElseThrow(() -> notFound(iri)));
        } else {
            EntityView view = EntityView.load(store.datasetGraph(), iri).orElseThrow(() -> notFound(iri));
            sendHtml(response, entityPage.render(view));
        }
    }

    @GetMapping("/report/**")
    void report(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(name = "format", required = false) String format) throws IOException {
        String iri = iriOf(request);
        Optional<DescriptionFormat> rdf = representation(request, response, format);
        if (rdf.isPresent()) {
            send(response, rdf.get(), describer.report(iri).orElseThrow(() -> notFound(iri)));
        } else {
            String graph = iris.base() + "graph/" + iri.substring((iris.base() + "report/").length());
            ReportView view = ReportView.load(store.datasetGraph(), iri, graph).orElseThrow(() -> notFound(iri));
            sendHtml(response, reportPage.render(view));
        }
    }

    @GetMapping("/graph/**")
    void graph(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(name = "format", required = false) String format) throws IOException {
        String iri = iriOf(request);
        Optional<DescriptionFormat> rdf = representation(request, response, format);
        Graph graph = describer.namedGraph(iri).orElseThrow(() -> notFound(iri));
        if (rdf.isPresent()) {
            send(response, rdf.get(), graph);
        } else {
            String report = iris.base() + "report/" + iri.substring((iris.base() + "graph/").length());
            sendHtml(response, reportPage.renderGraph(iri, report, graph.size()));
        }
    }

    private String iriOf(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return iris.iriOf(path);
    }

    /** The RDF format to send, or empty for HTML. */
    private static Optional<DescriptionFormat> representation(HttpServletRequest request, HttpServletResponse response,
            String format) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (format == null) {
            return DescriptionFormat.negotiate(request.getHeader(HttpHeaders.ACCEPT));
        }
        if (format.equals("html")) {
            return Optional.empty();
        }
        return Optional.of(DescriptionFormat.byKeyword(format).orElseThrow(() -> new ProtocolException(HttpStatus.BAD_REQUEST,
                "Unknown format '" + format + "'; use one of html, ttl, jsonld, nt, rdf")));
    }

    private static ProtocolException notFound(String iri) {
        return new ProtocolException(HttpStatus.NOT_FOUND, "No resource " + iri + " in this knowledge graph");
    }

    private static void send(HttpServletResponse response, DescriptionFormat format, Graph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFDataMgr.write(out, graph, format.format().lang());
        response.setContentType(format.format().contentType());
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    static void sendHtml(HttpServletResponse response, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
