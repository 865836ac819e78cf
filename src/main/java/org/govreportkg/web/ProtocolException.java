package org.govreportkg.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A request the endpoint refuses; the message goes to the client as plain text, so it names the problem. */
final class ProtocolException extends RuntimeException {

    private final HttpStatus status;
    private final Duration retryAfter;

    ProtocolException(HttpStatus status, String message) {
        this(status, message, null);
    }

    /** @param retryAfter sent as {@code Retry-After} when the refusal is temporary; may be null */
    ProtocolException(HttpStatus status, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    HttpStatus status() {
        return status;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
