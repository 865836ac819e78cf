package org.govreportkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /api/example-queries}: the shipped example queries as {@code [{name, description, query}]}, for the editor. */
@Controller
final class ExampleQueriesController {

    static final String PATH = "/api/example-queries";

    private final ExampleQueries queries;

    ExampleQueriesController(ExampleQueries queries) {
        this.queries = queries;
    }

    @GetMapping(PATH)
    void list(HttpServletResponse response) throws IOException {
        JsonArray list = new JsonArray();
        for (ExampleQueries.Example e : queries.examples()) {
            JsonObject o = new JsonObject();
            o.put("name", e.name());
            o.put("description", e.description());
            o.put("query", e.query());
            list.add(o);
        }
        NeighbourhoodController.sendJson(response, list);
    }
}
