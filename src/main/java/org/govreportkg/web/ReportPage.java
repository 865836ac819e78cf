package org.govreportkg.web;

import static org.govreportkg.web.Html.esc;

import java.util.List;
import java.util.Map;

/** Renders a report's HTML page: its metadata, counts, and the entities it names grouped by class. */
final class ReportPage {

    /** Fields whose values are Chinese text rather than numbers, dates or identifiers. */
    private static final java.util.Set<String> CHINESE_FIELDS = java.util.Set.of("title", "issuingBody", "speaker",
            "speakerRole", "session");

    private final LocalIris iris;

    ReportPage(LocalIris iris) {
        this.iris = iris;
    }

    String render(ReportView r) {
        String self = iris.href(r.iri());
        String title = r.metadata().getOrDefault("title", Labels.fallback(org.apache.jena.graph.NodeFactory.createURI(r.iri())));
        StringBuilder b = new StringBuilder(16384);
        b.append("<article class=\"report\">\n<h1 lang=\"zh\">").append(esc(title)).append("</h1>\n")
                .append("<p class=\"iri\"><code>").append(esc(r.iri())).append("</code></p>\n<dl id=\"metadata\" class=\"facts\">\n");
        for (Map.Entry<String, String> field : ReportView.FIELDS.entrySet()) {
            String value = r.metadata().get(field.getKey());
            if (value == null) {
                continue;
            }
            b.append("<dt>").append(esc(field.getValue())).append("</dt><dd data-field=\"").append(esc(field.getKey()))
                    .append(CHINESE_FIELDS.contains(field.getKey()) ? "\" lang=\"zh\">" : "\">");
            if (field.getKey().equals("source") && (value.startsWith("http://") || value.startsWith("https://"))) {
                b.append("<a rel=\"external\" href=\"").append(esc(value)).append("\">").append(esc(value)).append("</a>");
            } else {
                b.append(esc(value));
            }
            b.append("</dd>\n");
        }
        b.append("<dt>Named graph</dt><dd><a href=\"").append(esc(iris.href(r.graph()))).append("\"><code>")
                .append(esc(r.graph())).append("</code></a> (").append(r.triples()).append(" triples)</dd>\n");
        b.append("<dt>Data</dt><dd>").append(EntityPage.formatLinks(self)).append("</dd>\n</dl>\n");
        b.append("<table id=\"counts\">\n<tr><th>Class</th><th>Entities</th></tr>\n");
        r.entitiesByType().forEach((type, list) -> b.append("<tr><td>").append(EntityPage.typeBadge(type))
                .append("</td><td>").append(list.size()).append("</td></tr>\n"));
        b.append("<tr><td>Mentions</td><td>").append(r.mentions()).append("</td></tr>\n")
                .append("<tr><td>Sentences with mentions</td><td>").append(r.sentences()).append("</td></tr>\n</table>\n");
        r.entitiesByType().forEach((type, list) -> entities(b, type, list));
        b.append("</article>\n");
        return Html.page(title, "en", EntityPage.alternates(self), b.toString());
    }

    private void entities(StringBuilder b, String type, List<ReportView.Named> list) {
        b.append("<section class=\"entities\" id=\"").append(esc(type)).append("\">\n<h2>")
                .append(EntityPage.typeBadge(type)).append(" ").append(list.size()).append("</h2>\n");
        if (list.isEmpty()) {
            b.append("<p class=\"empty\">None.</p>\n</section>\n");
            return;
        }
        b.append("<ul class=\"entity-list\" lang=\"zh\">\n");
        for (ReportView.Named n : list) {
            b.append("<li><a href=\"").append(esc(iris.href(n.iri()))).append("\">").append(esc(n.label()))
                    .append("</a> <span class=\"count\" title=\"mentions\">").append(n.mentions()).append("</span></li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    /** A named graph's page: what it is and where its data and report are. */
    String renderGraph(String graphIri, String reportIri, long triples) {
        String self = iris.href(graphIri);
        String b = "<article class=\"graph\">\n<h1>Named graph</h1>\n<p class=\"iri\"><code>" + esc(graphIri) + "</code></p>\n"
                + "<dl class=\"facts\"><dt>Report</dt><dd><a href=\"" + esc(iris.href(reportIri)) + "\">" + esc(reportIri)
                + "</a></dd>\n<dt>Triples</dt><dd id=\"triples\">" + triples + "</dd>\n<dt>Data</dt><dd>"
                + EntityPage.formatLinks(self) + "</dd></dl>\n</article>\n";
        return Html.page("Graph " + Labels.fallback(org.apache.jena.graph.NodeFactory.createURI(graphIri)), "en",
                EntityPage.alternates(self), b);
    }
}
