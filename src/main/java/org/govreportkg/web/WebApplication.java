package org.govreportkg.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Spring configuration root. It scans only this package so that the CLI main (another package)
 * stays out of the context; Jackson is excluded because every body is written by Jena or as plain text, and multipart
 * because the SPARQL protocol has no use for it.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration"
})
@EnableConfigurationProperties(SparqlSettings.class)
class WebApplication {}
