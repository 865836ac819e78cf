package org.govreportkg.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the SPARQL endpoint ({@code govreport.sparql.*}).
 *
 * @param timeout server maximum execution time of one query; clients may only ask for less
 * @param maxRequestSize largest accepted query string (GET) or request body (POST)
 * @param maxConcurrentQueries queries allowed to run at once; further requests get 503
 * @param retryAfter value of {@code Retry-After} sent with that 503
 * @param serviceEnabled whether {@code SERVICE} may call other endpoints (off: SSRF protection)
 */
@ConfigurationProperties("govreport.sparql")
record SparqlSettings(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("64KB") DataSize maxRequestSize,
        @DefaultValue("4") int maxConcurrentQueries,
        @DefaultValue("5s") Duration retryAfter,
        @DefaultValue("false") boolean serviceEnabled) {

    SparqlSettings {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("govreport.sparql.timeout must be positive: " + timeout);
        }
        if (maxRequestSize.toBytes() < 1024) {
            throw new IllegalArgumentException("govreport.sparql.max-request-size must be at least 1KB: " + maxRequestSize);
        }
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException(
                    "govreport.sparql.max-concurrent-queries must be at least 1: " + maxConcurrentQueries);
        }
    }
}
