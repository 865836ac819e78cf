package org.govreportkg.web;

import org.govreportkg.store.ReportStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the endpoint's parts from {@link SparqlSettings}, and opens it to browser clients through CORS. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // any origin, never credentials: the data is public and no cookie may ride along
        registry.addMapping(SparqlController.PATH)
                .allowedOrigins("*")
                .allowedMethods("GET", "HEAD", "POST")
                .allowedHeaders("*")
                .allowCredentials(false)
                .maxAge(3600);
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(SparqlSettings settings) {
        FilterRegistrationBean<RequestSizeFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeFilter(settings.maxRequestSize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    SparqlRequestReader sparqlRequestReader(SparqlSettings settings) {
        return new SparqlRequestReader(settings.maxRequestSize().toBytes());
    }

    @Bean
    QueryPreparer queryPreparer(SparqlSettings settings) {
        return new QueryPreparer(settings.serviceEnabled());
    }

    @Bean
    QueryExecutor queryExecutor(ReportStore store, SparqlSettings settings) {
        return new QueryExecutor(store, settings.timeout(), settings.serviceEnabled());
    }

    @Bean
    QueryGate queryGate(SparqlSettings settings) {
        return new QueryGate(settings.maxConcurrentQueries(), settings.retryAfter());
    }

    @Bean
    ServiceDescription serviceDescription(ReportStore store, SparqlSettings settings) {
        return new ServiceDescription(store, settings.serviceEnabled());
    }
}
