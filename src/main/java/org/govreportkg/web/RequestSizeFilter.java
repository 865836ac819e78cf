package org.govreportkg.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized requests before anything reads them: a long query string gets 414, a declared body
 * over the limit 413. Bodies of unknown length are bounded where they are read ({@link SparqlRequestReader}).
 */
final class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static ProtocolException tooLarge(long maxBytes) {
        return new ProtocolException(HttpStatus.CONTENT_TOO_LARGE,
                "Request body larger than the limit of " + maxBytes + " bytes");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String queryString = request.getQueryString();
        if (queryString != null && queryString.length() > maxBytes) {
            allowBrowsersToRead(request, response);
            PlainText.send(response, HttpStatus.URI_TOO_LONG.value(), "Query string longer than the limit of "
                    + maxBytes + " bytes; send long queries with POST");
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            allowBrowsersToRead(request, response);
            PlainText.send(response, HttpStatus.CONTENT_TOO_LARGE.value(), tooLarge(maxBytes).getMessage());
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The refusal is sent before Spring's CORS handling runs, so the endpoint's CORS rule is applied here;
     * only on refusals, because Spring skips its own processing when the header is already present.
     */
    private static void allowBrowsersToRead(HttpServletRequest request, HttpServletResponse response) {
        if (request.getHeader("Origin") != null && SparqlController.PATH.equals(request.getRequestURI())) {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
    }
}
