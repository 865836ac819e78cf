package org.govreportkg.ingest;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the visible text of a report page, one paragraph per block element. Page chrome is
 * removed structurally here; what survives as text (footers typed into a plain div, say) is left
 * to {@link Boilerplate}.
 */
final class HtmlText {

    /** What an HTML page yields: its {@code <title>} and its body text, paragraphs separated by '\n'. */
    record Page(String title, String text) {
    }

    private static final String HIDDEN =
            "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]";
    private static final String CHROME_TAGS =
            "script, style, noscript, template, nav, aside, form, iframe, select, button, input, textarea, "
                    + "svg, canvas, object, embed, footer";

    /** Words site templates use in the id/class of navigation, sharing and footer blocks. */
    private static final Pattern CHROME_NAMES = Pattern.compile(
            "nav|menu|breadcrumb|crumb|footer|share|recommend|related|comment|sidebar|copyright|toolbar"
                    + "|login|search|bdshare|qrcode|erweima|advert|position|location|dqwz|friendlink");

    /**
     * A content wrapper can carry a chrome-like class ({@code main-nav-layout}); an element that holds
     * most of the page's text is never chrome.
     */
    private static final double MAX_CHROME_SHARE = 0.5;

    /** A single linked title is content; three links or more that make up most of a block's text are a list. */
    private static final int MIN_LIST_LINKS = 3;
    private static final double MIN_LINK_SHARE = 0.6;

    private HtmlText() {
    }

    static Page read(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        Element body = doc.body();
        body.select(CHROME_TAGS).remove();
        // <header> is chrome at page level but holds the title inside an article.
        for (Element header : body.select("header")) {
            if (header.closest("article, main") == null) {
                header.remove();
            }
        }
        int bodyLength = body.text().length();
        // Hidden blocks hold share templates, pop-ups and duplicate menus; some sites, though, hide
        // the article until a script shows it, hence the size guard.
        removeChrome(body.select(HIDDEN), e -> true, bodyLength);
        removeChrome(body.select("[id], [class]"), HtmlText::isChromeNamed, bodyLength);
        removeChrome(body.select("ul, ol, dl, table, div, section"), HtmlText::isLinkList, bodyLength);
        ParagraphCollector collector = new ParagraphCollector();
        body.traverse(collector);
        return new Page(doc.title().strip(), collector.text());
    }

    private static void removeChrome(List<Element> candidates, Predicate<Element> isChrome, int bodyLength) {
        for (Element e : candidates) {
            if (e.parent() != null && isChrome.test(e) && e.text().length() <= bodyLength * MAX_CHROME_SHARE) {
                e.remove();
            }
        }
    }

    /** Menus, related-article lists and footer link rows are mostly link text; report paragraphs are not. */
    private static boolean isLinkList(Element e) {
        var links = e.select("a");
        if (links.size() < MIN_LIST_LINKS) {
            return false;
        }
        int textLength = e.text().length();
        int linkLength = links.stream().mapToInt(a -> a.text().length()).sum();
        return textLength > 0 && linkLength >= textLength * MIN_LINK_SHARE;
    }

    private static boolean isChromeNamed(Element e) {
        String names = (e.id() + " " + e.className()).toLowerCase(java.util.Locale.ROOT);
        return CHROME_NAMES.matcher(names).find();
    }

    /** Text nodes in document order, with a line break wherever a block element opens or closes. */
    private static final class ParagraphCollector implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.append(t.text());
            } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                breakLine();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                breakLine();
            }
        }

        private void breakLine() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }

        String text() {
            return text.toString();
        }
    }
}
