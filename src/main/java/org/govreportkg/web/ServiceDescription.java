package org.govreportkg.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.govreportkg.store.ReportStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The W3C SPARQL 1.1 Service Description of the endpoint, in the RDF format the client prefers; a
 * browser asking for HTML is sent to the query editor instead.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String QUERY_EDITOR = "/query.html";
    private static final String HTML = "text/html";

    private static final List<ResultFormat> RDF_FORMATS =
            List.of(ResultFormat.TURTLE, ResultFormat.JSON_LD, ResultFormat.RDF_XML, ResultFormat.N_TRIPLES);

    private final ReportStore store;
    private final boolean serviceEnabled;

    ServiceDescription(ReportStore store, boolean serviceEnabled) {
        this.store = store;
        this.serviceEnabled = serviceEnabled;
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        List<String> offered = new java.util.ArrayList<>();
        RDF_FORMATS.forEach(f -> offered.add(f.contentType().replace(";charset=utf-8", "")));
        offered.add(HTML);
        Optional<String> chosen = ResultFormat.Conneg.choose(accept, offered);
        if (chosen.isEmpty()) {
            throw new ProtocolException(HttpStatus.NOT_ACCEPTABLE, "Cannot produce any type in Accept '" + accept
                    + "' for the service description; offered: " + String.join(", ", offered));
        }
        if (chosen.get().equals(HTML)) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + QUERY_EDITOR);
            return;
        }
        ResultFormat format = RDF_FORMATS.get(offered.indexOf(chosen.get()));
        Model model = describe(request.getRequestURL().toString());
        response.setContentType(format.contentType());
        RDFDataMgr.write(response.getOutputStream(), model, format.lang());
    }

    Model describe(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", "http://www.w3.org/ns/formats/");
        Resource service = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd(m, "endpoint"), m.createResource(endpoint))
                .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        if (serviceEnabled) {
            service.addProperty(sd(m, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        }
        for (ResultFormat format : ResultFormat.values()) {
            service.addProperty(sd(m, "resultFormat"), m.createResource(format.formatIri()));
        }
        Resource dataset = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(sd(m, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph")));
        for (String name : store.graphNames()) {
            dataset.addProperty(sd(m, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(sd(m, "name"), m.createResource(name)));
        }
        service.addProperty(sd(m, "defaultDataset"), dataset);
        return m;
    }

    private static Property sd(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
