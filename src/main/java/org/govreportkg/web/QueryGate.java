package org.govreportkg.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpStatus;

/** Caps the number of queries executing at once; a request over the cap is refused at once, not queued. */
final class QueryGate {

    private final Semaphore permits;
    private final int capacity;
    private final Duration retryAfter;

    QueryGate(int capacity, Duration retryAfter) {
        this.permits = new Semaphore(capacity);
        this.capacity = capacity;
        this.retryAfter = retryAfter;
    }

    /** Runs {@code action} holding a permit, or throws a 503 with {@code Retry-After} if none is free. */
    <E extends Exception> void run(ThrowingRunnable<E> action) throws E {
        if (!permits.tryAcquire()) {
            throw new ProtocolException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Too many queries running (limit " + capacity + "); retry later", retryAfter);
        }
        try {
            action.run();
        } finally {
            permits.release();
        }
    }

    interface ThrowingRunnable<E extends Exception> {
        void run() throws E;
    }
}
