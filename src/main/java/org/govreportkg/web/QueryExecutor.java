package org.govreportkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.govreportkg.store.ReportStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Runs one prepared query inside a read transaction and streams the results straight from the
 * {@link QueryExecution} to the response.
 *
 * <p>The first result is computed before the status line is sent, so syntax-level failures and timeouts
 * of slow queries still produce a proper error status. A failure after the response is committed
 * (a timeout half way through a large result) cannot change the status any more: the connection is then
 * aborted so that the client sees a truncated transfer, never a complete-looking 200.
 */
final class QueryExecutor {

    private static final Logger log = LoggerFactory.getLogger(QueryExecutor.class);

    /** Response buffer: results smaller than this are sent only once complete, so any late error still gets a status. */
    private static final int RESPONSE_BUFFER = 32 * 1024;

    private final ReportStore store;
    private final Duration maxTimeout;
    private final boolean serviceEnabled;

    QueryExecutor(ReportStore store, Duration maxTimeout, boolean serviceEnabled) {
        this.store = store;
        this.maxTimeout = maxTimeout;
        this.serviceEnabled = serviceEnabled;
    }

    /** The timeout actually applied: the client's wish, capped at the server maximum. */
    Duration effectiveTimeout(SparqlRequest request) {
        return request.timeout().filter(t -> t.compareTo(maxTimeout) < 0).orElse(maxTimeout);
    }

    void execute(QueryPreparer.Prepared prepared, Duration timeout, ResultFormat format, HttpServletResponse response)
            throws IOException {
        DatasetGraph base = store.datasetGraph();
        base.begin(TxnType.READ);
        try {
            DatasetGraph dsg = prepared.dataset() == null
                    ? base
                    : DynamicDatasets.dynamicDataset(prepared.dataset(), base, false);
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                    .query(prepared.query())
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .set(ARQ.httpServiceAllowed, serviceEnabled)
                    .build()) {
                write(prepared.query(), qe, format, response);
            }
        } catch (QueryCancelledException e) {
            fail(response, new ProtocolException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Query timed out after " + seconds(timeout) + " s (the server maximum is "
                            + seconds(maxTimeout) + " s)"));
        } catch (QueryBuildException | QueryExecException e) {
            fail(response, new ProtocolException(HttpStatus.BAD_REQUEST, "Query cannot be executed: " + e.getMessage()));
        } finally {
            base.end();
        }
    }

    private static void write(Query query, QueryExecution qe, ResultFormat format, HttpServletResponse response)
            throws IOException {
        response.setBufferSize(RESPONSE_BUFFER);
        if (query.isSelectType()) {
            ResultSet results = qe.execSelect();
            results.hasNext(); // evaluate up to the first row before committing to a status
            ResultSetMgr.write(open(response, format), results, format.lang());
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            ResultSetMgr.write(open(response, format), answer, format.lang());
        } else if (format == ResultFormat.TURTLE || format == ResultFormat.N_TRIPLES) {
            Iterator<Triple> triples = query.isConstructType() ? qe.execConstructTriples() : qe.execDescribeTriples();
            triples.hasNext();
            RDFFormat streaming = format == ResultFormat.TURTLE ? RDFFormat.TURTLE_BLOCKS : RDFFormat.NTRIPLES;
            StreamRDF out = StreamRDFWriter.getWriterStream(open(response, format), streaming);
            out.start();
            if (format == ResultFormat.TURTLE) {
                query.getPrefixMapping().getNsPrefixMap().forEach(out::prefix);
            }
            triples.forEachRemaining(out::triple);
            out.finish();
        } else {
            // RDF/XML and JSON-LD writers need the whole graph; the timeout bounds how big it can get
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(open(response, format), model, format.lang());
        }
        response.flushBuffer();
    }

    private static OutputStream open(HttpServletResponse response, ResultFormat format) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        return response.getOutputStream();
    }

    private static void fail(HttpServletResponse response, ProtocolException error) {
        if (response.isCommitted()) {
            log.info("aborting a committed response: {}", error.getMessage());
            throw new ResponseAbortedException(error.getMessage());
        }
        response.resetBuffer();
        throw error;
    }

    private static String seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** Thrown when a response already under way has to be cut off; the container then drops the connection. */
    static final class ResponseAbortedException extends RuntimeException {
        ResponseAbortedException(String message) {
            super(message, null, false, false);
        }
    }
}
