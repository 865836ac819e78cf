package org.govreportkg.web;

import static org.govreportkg.web.Html.esc;
import static org.govreportkg.web.Html.zh;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Renders an entity's HTML page: who it is, how it relates, its neighbourhood graph and its timeline. */
final class EntityPage {

    static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    static final String GRAPH_SCRIPT = "/entity-graph.js";

    private final LocalIris iris;

    EntityPage(LocalIris iris) {
        this.iris = iris;
    }

    String render(EntityView e) {
        String self = iris.href(e.iri());
        StringBuilder head = new StringBuilder(alternates(self))
                .append("<script src=\"").append(CYTOSCAPE).append("\" defer></script>\n")
                .append("<script src=\"").append(GRAPH_SCRIPT).append("\" defer></script>\n");
        StringBuilder b = new StringBuilder(16384);
        b.append("<article class=\"entity\">\n<h1 lang=\"zh\">").append(esc(e.label())).append("</h1>\n");
        b.append("<p class=\"iri\"><code>").append(esc(e.iri())).append("</code></p>\n");
        b.append("<p class=\"types\">");
        for (String t : e.types()) {
            b.append(typeBadge(t)).append(' ');
        }
        b.append("</p>\n<dl class=\"facts\">\n");
        if (!e.aliases().isEmpty()) {
            b.append("<dt>Also called</dt><dd lang=\"zh\" class=\"aliases\">");
            b.append(String.join("、", e.aliases().stream().map(Html::esc).toList())).append("</dd>\n");
        }
        e.divisionCode().ifPresent(code -> b.append("<dt>Division code (GB/T 2260)</dt><dd><code class=\"division-code\">")
                .append(esc(code)).append("</code> · <a rel=\"external\" href=\"")
                .append(esc("https://www.wikidata.org/w/index.php?search="
                        + URLEncoder.encode("haswbstatement:P442=" + code, StandardCharsets.UTF_8)))
                .append("\">find on Wikidata (P442)</a></dd>\n"));
        b.append("<dt>Reports</dt><dd>").append(e.timeline().size()).append("</dd>\n");
        b.append("<dt>Data</dt><dd>").append(formatLinks(self)).append("</dd>\n</dl>\n");

        b.append("<section class=\"neighbourhood\">\n<h2>Neighbourhood</h2>\n")
                .append("<p class=\"legend\">Related entities (solid edges) and entities named in the same sentences "
                        + "(dashed). Click a node to open its page.</p>\n")
                .append("<div id=\"graph\" role=\"img\" aria-label=\"Graph of the entities related to or named with this one\" data-iri=\"")
                .append(esc(e.iri())).append("\" data-api=\"")
                .append(esc(NeighbourhoodController.PATH)).append("\"></div>\n</section>\n");

        b.append("<section class=\"relations\">\n<h2>Relations</h2>\n");
        if (e.outgoing().isEmpty() && e.incoming().isEmpty()) {
            b.append("<p class=\"empty\">No relation to other entities is recorded.</p>\n");
        } else {
            b.append("<table class=\"relations\">\n");
            relations(b, e.outgoing(), true);
            relations(b, e.incoming(), false);
            b.append("</table>\n");
        }
        b.append("</section>\n");

        if (!e.coMentioned().isEmpty()) {
            b.append("<section class=\"co-mentions\">\n<h2>Named together with</h2>\n<ul id=\"co-mentioned\" class=\"links\">");
            for (EntityView.Named n : e.coMentioned()) {
                b.append("<li><a lang=\"zh\" href=\"").append(esc(iris.href(n.iri()))).append("\">").append(esc(n.label()))
                        .append("</a> ").append(String.join(" ", n.types().stream().map(EntityPage::typeBadge).toList()))
                        .append(" <span class=\"count\" title=\"sentences naming both\">").append(n.sentences())
                        .append("</span></li>");
            }
            b.append("</ul>\n</section>\n");
        }

        b.append("<section class=\"timeline\">\n<h2>Timeline across reports</h2>\n<ol id=\"timeline\">\n");
        for (EntityView.ReportMentions r : e.timeline()) {
            b.append("<li class=\"report\"><h3><span class=\"year\">")
                    .append(r.year().map(String::valueOf).orElse("—")).append("</span> <a lang=\"zh\" href=\"")
                    .append(esc(iris.href(r.report()))).append("\">").append(esc(r.title())).append("</a></h3>\n<p class=\"meta\">");
            r.issuingBody().ifPresent(body -> b.append(zh(body)).append(" · "));
            r.date().ifPresent(d -> b.append("<time>").append(esc(d)).append("</time> · "));
            b.append("<span class=\"mentions\">").append(r.mentions()).append(r.mentions() == 1 ? " mention" : " mentions")
                    .append("</span></p>\n<ul class=\"sentences\" lang=\"zh\">\n");
            for (EntityView.Sentence s : r.sentences()) {
                b.append("<li>");
                List<String> pieces = s.pieces();
                for (int i = 0; i < pieces.size(); i++) {
                    b.append(i % 2 == 1 ? "<mark>" + esc(pieces.get(i)) + "</mark>" : esc(pieces.get(i)));
                }
                b.append("</li>\n");
            }
            b.append("</ul>\n");
            if (r.sentenceCount() > r.sentences().size()) {
                b.append("<p class=\"more\">").append(r.sentenceCount() - r.sentences().size())
                        .append(" more sentences not shown; query them at <a href=\"")
                        .append(ServiceDescription.QUERY_EDITOR).append("\">the query editor</a>.</p>\n");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n</section>\n</article>\n");
        return Html.page(e.label(), "en", head.toString(), b.toString());
    }

    /** One row per property, DBpedia style: {@code gr:partOf} for outgoing links, "is gr:partOf of" for incoming. */
    private void relations(StringBuilder b, List<EntityView.Link> links, boolean outgoing) {
        java.util.Map<String, List<EntityView.Link>> byProperty = new java.util.TreeMap<>();
        links.forEach(l -> byProperty.computeIfAbsent(l.property(), k -> new java.util.ArrayList<>()).add(l));
        byProperty.forEach((property, list) -> {
            b.append("<tr class=\"").append(outgoing ? "out" : "in").append("\"><th>")
                    .append(outgoing ? "" : "is ").append("<code>gr:").append(esc(property)).append("</code>")
                    .append(outgoing ? "" : " of").append("</th><td><ul class=\"links\">");
            for (EntityView.Link l : list) {
                b.append("<li><a lang=\"zh\" href=\"").append(esc(iris.href(l.iri()))).append("\">").append(esc(l.label()))
                        .append("</a> ").append(String.join(" ", l.types().stream().map(EntityPage::typeBadge).toList()))
                        .append("</li>");
            }
            b.append("</ul></td></tr>\n");
        });
    }

    static String typeBadge(String type) {
        return "<span class=\"type type-" + esc(type) + "\">" + esc(type) + "</span>";
    }

    /** {@code <link rel="alternate">} for each RDF format, so that tools find the data from the page. */
    static String alternates(String self) {
        StringBuilder s = new StringBuilder();
        for (DescriptionFormat f : DescriptionFormat.values()) {
            s.append("<link rel=\"alternate\" type=\"").append(f.mediaType()).append("\" href=\"")
                    .append(esc(self + "?format=" + f.keyword())).append("\" title=\"").append(f.title()).append("\">\n");
        }
        return s.toString();
    }

    static String formatLinks(String self) {
        StringBuilder s = new StringBuilder("<span class=\"formats\">");
        for (DescriptionFormat f : DescriptionFormat.values()) {
            s.append("<a type=\"").append(f.mediaType()).append("\" href=\"").append(esc(self + "?format=" + f.keyword()))
                    .append("\">").append(f.title()).append("</a> ");
        }
        return s.append("</span>").toString();
    }
}
