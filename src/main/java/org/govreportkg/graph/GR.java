package org.govreportkg.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the govreport-kg ontology (ontology/govreport.ttl) and the standard ones the graph uses. */
public final class GR {
    public static final String NS = "https://w3id.org/govreport-kg/ontology#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    public static final Node Report = gr("Report");
    public static final Node Project = gr("Project");
    public static final Node Organization = gr("Organization");
    public static final Node Place = gr("Place");
    public static final Node Mention = gr("Mention");
    public static final Node mentionedIn = gr("mentionedIn");
    public static final Node partOf = gr("partOf");
    public static final Node locatedIn = gr("locatedIn");
    public static final Node involvedIn = gr("involvedIn");
    public static final Node divisionCode = gr("divisionCode");
    public static final Node issuingBody = gr("issuingBody");
    public static final Node year = gr("year");
    public static final Node speaker = gr("speaker");
    public static final Node speakerRole = gr("speakerRole");
    public static final Node session = gr("session");

    public static final Node nifContext = uri(NIF + "Context");
    public static final Node nifSentence = uri(NIF + "Sentence");
    public static final Node nifPhrase = uri(NIF + "Phrase");
    public static final Node isString = uri(NIF + "isString");
    public static final Node anchorOf = uri(NIF + "anchorOf");
    public static final Node beginIndex = uri(NIF + "beginIndex");
    public static final Node endIndex = uri(NIF + "endIndex");
    public static final Node sentence = uri(NIF + "sentence");
    public static final Node referenceContext = uri(NIF + "referenceContext");
    public static final Node taIdentRef = uri(ITSRDF + "taIdentRef");
    public static final Node prefLabel = uri(SKOS + "prefLabel");
    public static final Node altLabel = uri(SKOS + "altLabel");
    public static final Node identifier = uri(DCTERMS + "identifier");
    public static final Node title = uri(DCTERMS + "title");
    public static final Node source = uri(DCTERMS + "source");
    public static final Node date = uri(DCTERMS + "date");
    public static final Node provEntity = uri(PROV + "Entity");
    public static final Node wasDerivedFrom = uri(PROV + "wasDerivedFrom");
    public static final Node generatedAtTime = uri(PROV + "generatedAtTime");

    private GR() {
    }

    private static Node gr(String local) {
        return uri(NS + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
