package org.govreportkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure into a short plain-text response; no stack trace ever reaches a client. */
@ControllerAdvice
final class PlainErrors {

    private static final Logger log = LoggerFactory.getLogger(PlainErrors.class);

    @ExceptionHandler(ProtocolException.class)
    void protocol(ProtocolException e, HttpServletResponse response) throws IOException {
        if (e.retryAfter() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        PlainText.send(response, e.status().value(), e.getMessage());
    }

    /** RFC 9110 15.5.6: a 405 must list the allowed methods. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void method(HttpRequestMethodNotSupportedException e, HttpServletResponse response) throws IOException {
        Set<String> allowed = new LinkedHashSet<>();
        if (e.getSupportedHttpMethods() != null) {
            e.getSupportedHttpMethods().forEach(m -> allowed.add(m.name()));
        }
        if (allowed.contains(HttpMethod.GET.name())) {
            allowed.add(HttpMethod.HEAD.name());
        }
        allowed.add(HttpMethod.OPTIONS.name());
        String allow = String.join(", ", allowed);
        response.setHeader(HttpHeaders.ALLOW, allow);
        String why = "PUT".equals(e.getMethod()) || "DELETE".equals(e.getMethod()) || "PATCH".equals(e.getMethod())
                ? " (this endpoint is read-only)" : "";
        PlainText.send(response, HttpStatus.METHOD_NOT_ALLOWED.value(),
                "Method " + e.getMethod() + " not allowed" + why + "; allowed: " + allow);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpServletResponse response) throws IOException {
        PlainText.send(response, HttpStatus.NOT_ACCEPTABLE.value(), "Cannot produce any type in the Accept header");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    void notFound(NoResourceFoundException e, HttpServletResponse response) throws IOException {
        PlainText.send(response, HttpStatus.NOT_FOUND.value(), "Not found: /" + e.getResourcePath());
    }

    @ExceptionHandler(QueryExecutor.ResponseAbortedException.class)
    void aborted(QueryExecutor.ResponseAbortedException e) {
        // rethrown so the container cuts the connection of the committed response
        throw e;
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletResponse response) throws Exception {
        if (response.isCommitted()) {
            throw e;
        }
        if (e instanceof org.springframework.web.ErrorResponse er) {
            PlainText.send(response, er.getStatusCode().value(), er.getBody().getDetail() == null
                    ? "Request failed" : er.getBody().getDetail());
            return;
        }
        log.error("unexpected failure", e);
        response.resetBuffer();
        PlainText.send(response, HttpStatus.INTERNAL_SERVER_ERROR.value(), "Internal server error");
    }
}
