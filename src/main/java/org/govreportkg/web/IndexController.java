package org.govreportkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.govreportkg.store.ReportStore;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/** The index page: what is loaded, and where the SPARQL endpoint is. Every value from the store is escaped. */
@Controller
final class IndexController {

    private final ReportStore store;
    private final LocalIris iris;

    IndexController(ReportStore store, LocalIris iris) {
        this.store = store;
        this.iris = iris;
    }

    @GetMapping("/")
    void index(HttpServletResponse response) throws IOException {
        byte[] body = render(StoreSummary.of(store), iris).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String render(StoreSummary summary, LocalIris iris) {
        StringBuilder html = new StringBuilder(4096);
        // the header links the endpoint; the text names it without a second link
        html.append("<h1>govreport-kg</h1>\n")
                .append("<p>Knowledge graph of government work reports. Search its entities with the box above, query it at <code>")
                .append(SparqlController.PATH).append("</code> (SPARQL 1.1) or in the <a href=\"")
                .append(ServiceDescription.QUERY_EDITOR)
                .append("\">query editor</a>, or open a report below.</p>\n");
        html.append("<h2>Entities</h2>\n<table id=\"entities\">\n<tr><th>Class</th><th>Entities</th></tr>\n");
        for (String cls : StoreSummary.ENTITY_CLASSES) {
            html.append("<tr><td>gr:").append(esc(cls)).append("</td><td>")
                    .append(summary.entitiesByClass().getOrDefault(cls, 0L)).append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Reports (").append(summary.reports().size()).append(")</h2>\n");
        html.append("<table id=\"reports\">\n<tr><th>Graph</th><th>Title</th><th>Triples</th>");
        StoreSummary.ENTITY_CLASSES.forEach(c -> html.append("<th>").append(esc(c)).append("</th>"));
        html.append("</tr>\n");
        for (StoreSummary.Report r : summary.reports()) {
            html.append("<tr><td><code>").append(link(iris.localPath(r.graph()), r.graph())).append("</code></td><td lang=\"zh\">")
                    .append(link(iris.docOf(r.graph()).map(doc -> "/report/" + doc), r.title().orElse("")))
                    .append("</td><td>").append(r.triples()).append("</td>");
            StoreSummary.ENTITY_CLASSES.forEach(c ->
                    html.append("<td>").append(r.entitiesByClass().getOrDefault(c, 0L)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        return Html.page("Home", "en", "", html.toString());
    }

    private static String link(java.util.Optional<String> href, String text) {
        return href.filter(h -> !text.isEmpty())
                .map(h -> "<a href=\"" + esc(h) + "\">" + esc(text) + "</a>").orElse(esc(text));
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
