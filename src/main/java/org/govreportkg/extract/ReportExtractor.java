package org.govreportkg.extract;

import org.govreportkg.ingest.ScriptNormaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.govreportkg.extract.gazetteer.Division;
import org.govreportkg.extract.gazetteer.Gazetteer;
import org.govreportkg.ingest.CleanReport;

/**
 * The extract stage: cleaned report in, places, organizations and projects with their mentions and
 * relations out. A pipeline of small steps: split sentences, normalise script (offsets unchanged),
 * segment with HanLP, recognise candidates (official bodies, deixis, headed names, gazetteer
 * places, place tags, route sections, examples of a kind, makers
 * named before a product's specification, items named after their investment), expand coordinations, add the
 * names a learned character model is sure of where the rules found none or a worse span, repair left edges cut into a place, filter, resolve aliases into entities, relate. Immutable and thread-safe; {@link #standard()}
 * loads HanLP and the lexicons once.
 */
public final class ReportExtractor implements EntityExtractor {
    private static final class Holder {
        static final ReportExtractor STANDARD = new ReportExtractor(Lexicon.standard(),
                new PlaceDirectory(Gazetteer.standard()));
    }

    private final ScriptNormaliser normaliser = new ScriptNormaliser();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Segmenter segmenter = new Segmenter();
    private final TokenRefiner refiner = new TokenRefiner();
    private final OfficialBodyRecogniser officialBodies = new OfficialBodyRecogniser();
    private final DeicticRecogniser deixis = new DeicticRecogniser();
    private final RoadCodeRecogniser roadCodes = new RoadCodeRecogniser();
    /** How much of a report's start may name its issuing body with its city (the title and delivery line). */
    private static final int OPENING = 400;
    private final LeftEdgeRepair leftEdges = new LeftEdgeRepair();
    private final WordCutStarts wordCuts = new WordCutStarts();
    private final FirstOfAKind firstOfAKind = new FirstOfAKind();
    private final CapacityNames capacityNames;
    private final ClauseStartNames clauseStarts;
    private final HeadedNameRecogniser headedNames;
    private final CandidateFilter filter;
    private final LocalInstitutionRecogniser institutions;
    private final CoordinationExpander coordination;
    private final ExampleListRecogniser exampleLists;
    private final PlaceDirectory places;
    private final PlaceTagRecogniser placeTags;
    private final RouteSectionRecogniser routeSections;
    private final BrandRecogniser brands;
    private final FirmNameRecogniser firms;
    private final InvestmentItemRecogniser investments;
    private final CompletedWorksRecogniser completedWorks;
    private final AliasResolver resolver;
    private final RelationFinder relations;
    private final LearnedNameRecogniser learned;

    ReportExtractor(Lexicon lexicon, PlaceDirectory places) {
        this.headedNames = new HeadedNameRecogniser(lexicon);
        this.filter = new CandidateFilter(lexicon);
        this.coordination = new CoordinationExpander(lexicon);
        this.exampleLists = new ExampleListRecogniser(lexicon, headedNames);
        this.places = places;
        this.placeTags = new PlaceTagRecogniser(places);
        this.routeSections = new RouteSectionRecogniser(places);
        this.brands = new BrandRecogniser(places, lexicon);
        this.firms = new FirmNameRecogniser(places, lexicon);
        this.institutions = new LocalInstitutionRecogniser(places);
        this.investments = new InvestmentItemRecogniser(lexicon);
        this.completedWorks = new CompletedWorksRecogniser(lexicon);
        this.capacityNames = new CapacityNames(lexicon);
        this.clauseStarts = new ClauseStartNames(lexicon);
        this.resolver = new AliasResolver(places);
        this.relations = new RelationFinder(places);
        this.learned = LearnedNameRecogniser.fromResource("/extract/learned-names.bin.gz", places, lexicon);
    }

    /** The shared extractor with the bundled lexicons. */
    public static ReportExtractor standard() {
        return Holder.STANDARD;
    }

    @Override
    public Extraction extract(CleanReport report) {
        Objects.requireNonNull(report, "report");
        String text = report.text();
        ReportScope scope = places.complete(ReportScope.of(report, normaliser::normalise),
                normaliser.normalise(report.text().substring(0, Math.min(report.text().length(), OPENING))));
        Optional<Division> context = places.context(scope);
        String normalised = normaliser.normalise(text);
        List<Found> found = new ArrayList<>();
        for (Sentence s : splitter.split(text, normalised)) {
            for (Candidate c : recognise(s.text(), scope, context)) {
                found.add(new Found(c, s));
            }
        }
        List<Entity> entities = resolver.resolve(text, found, scope, context);
        return new Extraction(report, entities, relations.relate(entities, text));
    }

    /** All filtered candidates of one sentence of analysed text. */
    List<Candidate> recognise(String sentence, ReportScope scope, Optional<Division> context) {
        List<Token> tokens = refiner.refine(segmenter.segment(sentence));
        List<Candidate> candidates = new ArrayList<>();
        candidates.addAll(officialBodies.recognise(sentence, tokens, scope));
        candidates.addAll(deixis.recognise(sentence, scope));
        candidates.addAll(headedNames.recognise(sentence, tokens));
        candidates.addAll(places.recognise(sentence, tokens, context));
        candidates.addAll(placeTags.recognise(sentence, tokens, context));
        candidates.addAll(roadCodes.recognise(sentence));
        candidates.addAll(institutions.recognise(sentence, tokens, scope));
        candidates.addAll(routeSections.recognise(sentence, List.copyOf(candidates)));
        candidates.addAll(exampleLists.recognise(sentence, tokens, List.copyOf(candidates)));
        candidates.addAll(brands.recognise(sentence, tokens, List.copyOf(candidates)));
        candidates.addAll(investments.recognise(sentence, tokens));
        candidates.addAll(firms.recognise(sentence, tokens));
        candidates.addAll(completedWorks.recognise(sentence, tokens, List.copyOf(candidates)));
        candidates.addAll(coordination.expand(sentence, tokens, candidates));
        learned.complete(sentence, tokens, candidates);
        candidates.removeIf(c -> ExampleListRecogniser.isKindOfExamples(sentence, c));
        List<Candidate> sized = capacityNames.repair(sentence, tokens, candidates);
        return filter.filter(firstOfAKind.drop(sentence, wordCuts.drop(sentence, clauseStarts.repair(sentence, tokens, leftEdges.repair(sentence, sized)))));
    }
}
