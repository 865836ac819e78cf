package org.govreportkg.ingest;

/** A source could not be read as a report; the message names the source and what was wrong. */
public class IngestException extends Exception {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
