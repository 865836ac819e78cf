package org.govreportkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.govreportkg.graph.GR;
import org.govreportkg.store.ReportStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An entity's neighbourhood as Cytoscape.js elements: the entity, the entities related to it in either
 * direction, and the ones most often named in the same sentences. Each node carries its label, class and
 * the page to open.
 */
@Controller
final class NeighbourhoodController {

    static final String PATH = "/api/neighbourhood";
    /** Co-mentioned entities shown: the closest few, or the graph becomes a hairball. */
    static final int CO_MENTIONS = 12;
    /** Relations shown; a city may contain hundreds of projects in a larger corpus. */
    static final int RELATIONS = 60;

    private final ReportStore store;
    private final LocalIris iris;

    NeighbourhoodController(ReportStore store, LocalIris iris) {
        this.store = store;
        this.iris = iris;
    }

    @GetMapping(PATH)
    void neighbourhood(@RequestParam(name = "iri", required = false) String iri, HttpServletResponse response)
            throws IOException {
        if (iri == null || iri.isBlank()) {
            throw new ProtocolException(HttpStatus.BAD_REQUEST, "Missing parameter 'iri': the entity whose neighbourhood to show");
        }
        Node e = NodeFactory.createURI(iri);
        DatasetGraph dsg = store.datasetGraph();
        Map<String, Node> at = Map.of("e", e);
        if (Sparql.iriRef(e).isEmpty() || !Sparql.ask(dsg, "ASK { ?e gr:mentionedIn ?r }", at)) {
            throw new ProtocolException(HttpStatus.NOT_FOUND, "No entity " + iri + " in this knowledge graph");
        }
        List<Binding> relations = Sparql.select(dsg, "SELECT DISTINCT ?s ?p ?o WHERE {"
                + " VALUES ?p { gr:partOf gr:locatedIn gr:involvedIn }"
                + " { ?e ?p ?o BIND(?e AS ?s) } UNION { ?s ?p ?e BIND(?e AS ?o) } } ORDER BY ?p ?s ?o LIMIT " + RELATIONS, at);
        List<Binding> coMentions = coMentions(dsg, e);
        Set<Node> nodes = new LinkedHashSet<>();
        nodes.add(e);
        relations.forEach(r -> {
            nodes.add(r.get("s"));
            nodes.add(r.get("o"));
        });
        coMentions.forEach(r -> nodes.add(r.get("x")));
        Map<Node, String> labels = Labels.of(dsg, nodes);
        Map<Node, List<String>> types = Labels.types(dsg, nodes);

        JsonArray nodeArray = new JsonArray();
        for (Node n : nodes) {
            JsonObject data = new JsonObject();
            data.put("id", n.getURI());
            data.put("label", labels.getOrDefault(n, Labels.fallback(n)));
            List<String> t = types.getOrDefault(n, List.of());
            data.put("type", t.isEmpty() ? "Other" : t.getFirst());
            data.put("href", iris.href(n.getURI()));
            data.put("focus", n.equals(e));
            nodeArray.add(element(data));
        }
        JsonArray edgeArray = new JsonArray();
        Map<String, JsonObject> edges = new LinkedHashMap<>();
        for (Binding r : relations) {
            String property = Sparql.string(r, "p").substring(GR.NS.length());
            JsonObject data = new JsonObject();
            String id = r.get("s").getURI() + " " + property + " " + r.get("o").getURI();
            data.put("id", id);
            data.put("source", r.get("s").getURI());
            data.put("target", r.get("o").getURI());
            data.put("label", property);
            data.put("kind", "relation");
            edges.putIfAbsent(id, data);
        }
        for (Binding r : coMentions) {
            JsonObject data = new JsonObject();
            String id = iri + " coMentioned " + r.get("x").getURI();
            data.put("id", id);
            data.put("source", iri);
            data.put("target", r.get("x").getURI());
            data.put("label", Sparql.number(r, "n") + "×");
            data.put("kind", "co-mention");
            data.put("weight", Sparql.number(r, "n"));
            edges.putIfAbsent(id, data);
        }
        edges.values().forEach(d -> edgeArray.add(element(d)));
        JsonObject body = new JsonObject();
        body.put("nodes", nodeArray);
        body.put("edges", edgeArray);
        sendJson(response, body);
    }

    /** The entities most often named in the same sentences as {@code e}: rows of {@code ?x} and sentence count {@code ?n}. */
    static List<Binding> coMentions(DatasetGraph dsg, Node e) {
        return Sparql.select(dsg, "SELECT ?x (COUNT(DISTINCT ?sentence) AS ?n) WHERE {"
                + " ?m itsrdf:taIdentRef ?e ; nif:sentence ?sentence . ?m2 nif:sentence ?sentence ; itsrdf:taIdentRef ?x"
                + " FILTER(?x != ?e) } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT " + CO_MENTIONS, Map.of("e", e));
    }

    private static JsonObject element(JsonObject data) {
        JsonObject element = new JsonObject();
        element.put("data", data);
        return element;
    }

    static void sendJson(HttpServletResponse response, org.apache.jena.atlas.json.JsonValue body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        JSON.write(out, body);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
