package org.govreportkg.web;

import static org.govreportkg.web.Html.esc;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.govreportkg.store.ReportStore;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: the entities whose names contain the query, as an HTML list linking their pages. */
@Controller
final class SearchController {

    static final String PATH = "/search";

    private final ReportStore store;
    private final LocalIris iris;

    SearchController(ReportStore store, LocalIris iris) {
        this.store = store;
        this.iris = iris;
    }

    @GetMapping(PATH)
    void search(@RequestParam(name = "q", required = false) String q, HttpServletResponse response) throws IOException {
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1>Search entities</h1>\n");
        if (q == null) {
            b.append("<p class=\"hint\">Type a name, or a part of one (e.g. a district, a bureau, a project), in the box above."
                    + " Preferred names and aliases are searched, ignoring case.</p>\n");
            LinkedDataController.sendHtml(response, Html.page("Search", "en", "", b.toString()));
            return;
        }
        List<EntitySearch.Hit> hits;
        try {
            hits = EntitySearch.search(store.datasetGraph(), q);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            b.append("<p class=\"error\" id=\"search-error\">").append(esc(e.getMessage())).append("</p>\n");
            LinkedDataController.sendHtml(response, Html.page("Search", "en", "", b.toString(), q));
            return;
        }
        String query = q.strip();
        b.append("<p id=\"summary\">").append(hits.size() == EntitySearch.LIMIT ? "The first " : "")
                .append(hits.size()).append(hits.size() == 1 ? " entity" : " entities").append(" named with “")
                .append(Html.zh(query)).append("”.</p>\n");
        if (!hits.isEmpty()) {
            b.append("<table id=\"results\">\n<tr><th>Entity</th><th>Class</th><th>Reports</th></tr>\n");
            for (EntitySearch.Hit h : hits) {
                b.append("<tr><td><a lang=\"zh\" href=\"").append(esc(iris.href(h.iri()))).append("\">")
                        .append(esc(h.label())).append("</a>");
                if (!h.matched().equals(h.label())) {
                    b.append(" <span class=\"alias\">(").append(Html.zh(h.matched())).append(")</span>");
                }
                b.append("</td><td>").append(String.join(" ", h.types().stream().map(EntityPage::typeBadge).toList()))
                        .append("</td><td class=\"reports\">").append(h.reports()).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        LinkedDataController.sendHtml(response, Html.page(query + " – search", "en", "", b.toString(), query));
    }
}
