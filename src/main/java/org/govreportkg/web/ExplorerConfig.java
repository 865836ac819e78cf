package org.govreportkg.web;

import org.govreportkg.graph.IriScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the linked-data side: the IRI base that request paths map to ({@code govreport.base}, the same
 * base the graph was minted with) and the example queries.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerConfig {

    @Bean
    LocalIris localIris(@Value("${govreport.base:" + IriScheme.DEFAULT_BASE + "}") String base) {
        try {
            return new LocalIris(new IriScheme(base));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("govreport.base: " + e.getMessage(), e);
        }
    }

    @Bean
    ExampleQueries exampleQueries() {
        return ExampleQueries.load();
    }
}
