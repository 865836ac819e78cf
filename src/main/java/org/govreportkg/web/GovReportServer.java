package org.govreportkg.web;

import org.govreportkg.store.ReportStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the HTTP front end (index page and SPARQL endpoint) over an open {@link ReportStore}. */
public final class GovReportServer {

    private GovReportServer() {}

    /**
     * Starts the server and returns once it is listening. The caller owns {@code store} and closes it
     * after closing the returned context.
     *
     * @param port TCP port; 0 picks a free one (read it back from {@code local.server.port})
     * @param extraArgs Spring-style arguments such as {@code --govreport.sparql.timeout=5s}
     */
    public static ConfigurableApplicationContext start(ReportStore store, int port, String... extraArgs) {
        if (store == null) {
            throw new IllegalArgumentException("store must not be null");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range 0..65535: " + port);
        }
        String[] args = new String[extraArgs.length + 1];
        args[0] = "--server.port=" + port;
        System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
        return new SpringApplicationBuilder(WebApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("reportStore", store))
                .run(args);
    }
}
