package org.govreportkg.web;

import org.springframework.web.util.HtmlUtils;

/** Escaping and the shared page layout: every page has the same header, search box and stylesheet. */
final class Html {

    static final String STYLESHEET = "/explorer.css";

    private Html() {}

    static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    /** Text in Chinese, marked so that browsers and screen readers pick the right fonts and voice. */
    static String zh(String s) {
        return "<span lang=\"zh\">" + esc(s) + "</span>";
    }

    /**
     * A complete page. {@code head} is trusted markup (alternate links, scripts); {@code body} is trusted
     * markup built with {@link #esc}.
     */
    static String page(String title, String lang, String head, String body) {
        return page(title, lang, head, body, "");
    }

    static String page(String title, String lang, String head, String body, String query) {
        StringBuilder html = new StringBuilder(body.length() + 2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append(" · govreport-kg</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n")
                .append(head)
                .append("</head>\n<body>\n").append(header(query))
                .append("<main>\n").append(body).append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static String header(String query) {
        return "<header class=\"site\" lang=\"en\"><nav><a class=\"home\" href=\"/\">govreport-kg</a>"
                + " <a href=\"" + SearchController.PATH + "\">search</a>"
                + " <a href=\"" + ServiceDescription.QUERY_EDITOR + "\">query editor</a>"
                + " <a href=\"" + SparqlController.PATH + "\">SPARQL endpoint</a></nav>"
                + "<form class=\"search\" action=\"" + SearchController.PATH + "\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" value=\"" + esc(query) + "\" placeholder=\"名称 / name\""
                + " maxlength=\"" + EntitySearch.MAX_QUERY_LENGTH + "\" aria-label=\"Search entities\">"
                + "<button type=\"submit\">Search</button></form></header>\n";
    }
}
