package org.govreportkg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The SPARQL 1.1 Protocol query operation at {@code /sparql}. GET without parameters returns the
 * service description. Spring answers HEAD (as GET without body), CORS preflights and other methods
 * (405, {@code Allow} added by {@link PlainErrors}).
 */
@Controller
final class SparqlController {

    static final String PATH = "/sparql";

    private final SparqlRequestReader reader;
    private final QueryPreparer preparer;
    private final QueryExecutor executor;
    private final QueryGate gate;
    private final ServiceDescription description;

    SparqlController(SparqlRequestReader reader, QueryPreparer preparer, QueryExecutor executor, QueryGate gate,
            ServiceDescription description) {
        this.reader = reader;
        this.preparer = preparer;
        this.executor = executor;
        this.gate = gate;
        this.description = description;
    }

    @GetMapping(PATH)
    void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String queryString = request.getQueryString();
        if (queryString == null || queryString.isEmpty()) {
            description.write(request, response);
            return;
        }
        run(reader.fromGet(request), request, response);
    }

    @PostMapping(PATH)
    void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        run(reader.fromPost(request), request, response);
    }

    /** Spring's automatic OPTIONS reply adds an empty {@code Accept-Patch}; this one lists just the methods. */
    @RequestMapping(path = PATH, method = RequestMethod.OPTIONS)
    void options(HttpServletResponse response) {
        response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST, OPTIONS");
        response.setStatus(HttpServletResponse.SC_OK);
    }

    private void run(SparqlRequest sparql, HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueryPreparer.Prepared prepared = preparer.prepare(sparql);
        ResultFormat.Family family = prepared.query().isSelectType() || prepared.query().isAskType()
                ? ResultFormat.Family.RESULTS
                : ResultFormat.Family.GRAPH;
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        ResultFormat format = ResultFormat.negotiate(accept, family)
                .orElseThrow(() -> new ProtocolException(HttpStatus.NOT_ACCEPTABLE, "Cannot produce any type in Accept '"
                        + accept + "' for a " + (family == ResultFormat.Family.RESULTS ? "SELECT/ASK" : "CONSTRUCT/DESCRIBE")
                        + " query; see the service description at " + PATH + " for the result formats"));
        gate.run(() -> executor.execute(prepared, executor.effectiveTimeout(sparql), format, response));
    }
}
