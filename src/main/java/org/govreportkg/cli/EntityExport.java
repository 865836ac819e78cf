package org.govreportkg.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.govreportkg.eval.Prediction;
import org.govreportkg.store.ReportStore;

/** Reads every report's entities back out of the store in the evaluation's prediction format. */
final class EntityExport {

    private static final Query QUERY = QueryFactory.create("""
            PREFIX gr: <https://w3id.org/govreport-kg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?doc ?entity ?type ?label WHERE {
              GRAPH ?g {
                ?report a gr:Report ; dcterms:identifier ?doc .
                ?entity gr:mentionedIn ?report ; a ?type .
                VALUES ?type { gr:Place gr:Organization gr:Project }
                { ?entity skos:prefLabel ?label } UNION { ?entity skos:altLabel ?label }
              }
            } ORDER BY ?doc ?entity ?type ?label
            """);

    private EntityExport() {
    }

    static List<Prediction> predictions(ReportStore store) {
        return store.read(ds -> {
            List<Prediction> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    rows.add(new Prediction(s.getLiteral("doc").getLexicalForm(), s.getResource("entity").getURI(),
                            s.getResource("type").getLocalName(), s.getLiteral("label").getLexicalForm()));
                }
            }
            return rows;
        });
    }
}
