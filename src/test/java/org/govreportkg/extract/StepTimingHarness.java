package org.govreportkg.extract;

import org.govreportkg.ingest.ScriptNormaliser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.govreportkg.extract.gazetteer.Division;
import org.govreportkg.extract.gazetteer.Gazetteer;
import org.govreportkg.ingest.CleanReport;

/**
 * Timing harness, run by hand (prints, never asserts): milliseconds spent in each pipeline step over
 * the corpus, so no step can quietly cost more than the segmenter.
 */
public final class StepTimingHarness {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    private <T> T time(String step, Supplier<T> work) {
        long t0 = System.nanoTime();
        T out = work.get();
        nanos.merge(step, System.nanoTime() - t0, Long::sum);
        return out;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<CleanReport> reports = new ArrayList<>();
        for (String doc : DevCorpus.ALL_DOCS) {
            reports.add(DevCorpus.load(doc));
        }
        Lexicon lexicon = Lexicon.standard();
        PlaceDirectory places = new PlaceDirectory(Gazetteer.standard());
        ScriptNormaliser normaliser = new ScriptNormaliser();
        SentenceSplitter splitter = new SentenceSplitter();
        Segmenter segmenter = new Segmenter();
        TokenRefiner refiner = new TokenRefiner();
        OfficialBodyRecogniser official = new OfficialBodyRecogniser();
        DeicticRecogniser deixis = new DeicticRecogniser();
        HeadedNameRecogniser heads = new HeadedNameRecogniser(lexicon);
        PlaceTagRecogniser tags = new PlaceTagRecogniser(places);
        CoordinationExpander coordination = new CoordinationExpander(lexicon);
        ExampleListRecogniser lists = new ExampleListRecogniser(lexicon, heads);
        CandidateFilter filter = new CandidateFilter(lexicon);
        RoadCodeRecogniser roadCodes = new RoadCodeRecogniser();
        RouteSectionRecogniser sections = new RouteSectionRecogniser(places);
        BrandRecogniser brands = new BrandRecogniser(places, lexicon);
        InvestmentItemRecogniser investments = new InvestmentItemRecogniser(lexicon);
        FirmNameRecogniser firms = new FirmNameRecogniser(places, lexicon);
        CompletedWorksRecogniser completedWorks = new CompletedWorksRecogniser(lexicon);
        LeftEdgeRepair leftEdges = new LeftEdgeRepair();
        WordCutStarts wordCuts = new WordCutStarts();
        LocalInstitutionRecogniser institutions = new LocalInstitutionRecogniser(places);
        CapacityNames capacities = new CapacityNames(lexicon);
        ClauseStartNames clauseStarts = new ClauseStartNames(lexicon);
        AliasResolver resolver = new AliasResolver(places);
        RelationFinder relations = new RelationFinder(places);
        LearnedNameRecogniser learned = LearnedNameRecogniser.fromResource("/extract/learned-names.bin.gz", places, lexicon);
        for (int pass = 0; pass < 2; pass++) {
            StepTimingHarness h = new StepTimingHarness();
            for (int i = 0; i < rounds; i++) {
                for (CleanReport r : reports) {
                    ReportScope scope = h.time("scope", () -> places.complete(ReportScope.of(r, normaliser::normalise),
                            normaliser.normalise(r.text().substring(0, Math.min(r.text().length(), 400)))));
                    Optional<Division> context = places.context(scope);
                    String normalised = h.time("normalise", () -> normaliser.normalise(r.text()));
                    List<Sentence> sentences = h.time("split", () -> splitter.split(r.text(), normalised));
                    List<Found> found = new ArrayList<>();
                    for (Sentence s : sentences) {
                        String t = s.text();
                        List<Token> raw = h.time("segment (HanLP)", () -> segmenter.segment(t));
                        List<Token> tokens = h.time("refine tokens", () -> refiner.refine(raw));
                        List<Candidate> c = new ArrayList<>();
                        c.addAll(h.time("official bodies", () -> official.recognise(t, tokens, scope)));
                        c.addAll(h.time("deixis", () -> deixis.recognise(t, scope)));
                        c.addAll(h.time("headed names", () -> heads.recognise(t, tokens)));
                        c.addAll(h.time("gazetteer places", () -> places.recognise(t, tokens, context)));
                        c.addAll(h.time("place tags", () -> tags.recognise(t, tokens, context)));
                        c.addAll(h.time("road codes", () -> roadCodes.recognise(t)));
                        c.addAll(h.time("local institutions", () -> institutions.recognise(t, tokens, scope)));
                        c.addAll(h.time("route sections", () -> sections.recognise(t, List.copyOf(c))));
                        c.addAll(h.time("example lists", () -> lists.recognise(t, tokens, List.copyOf(c))));
                        c.addAll(h.time("brands and makers", () -> brands.recognise(t, tokens, List.copyOf(c))));
                        c.addAll(h.time("investment items", () -> investments.recognise(t, tokens)));
                        c.addAll(h.time("firms by industry", () -> firms.recognise(t, tokens)));
                        List<Candidate> before = List.copyOf(c);
                        c.addAll(h.time("works by their progress", () -> completedWorks.recognise(t, tokens, before)));
                        c.addAll(h.time("coordination", () -> coordination.expand(t, tokens, c)));
                        h.time("learned names", () -> {
                            learned.complete(t, tokens, c);
                            return c;
                        });
                        List<Candidate> sized = h.time("capacity names", () -> capacities.repair(t, tokens, c));
                        List<Candidate> edged = h.time("left edges", () -> leftEdges.repair(t, sized));
                        List<Candidate> repaired = h.time("clause starts", () -> clauseStarts.repair(t, tokens, edged));
                        List<Candidate> uncut = h.time("word cuts", () -> wordCuts.drop(t, repaired));
                        for (Candidate k : h.time("filter", () -> filter.filter(uncut))) {
                            found.add(new Found(k, s));
                        }
                    }
                    List<Entity> entities = h.time("resolve aliases", () -> resolver.resolve(r.text(), found, scope, context));
                    h.time("relate", () -> relations.relate(entities, r.text()));
                }
            }
            if (pass == 1) {
                h.nanos.forEach((step, n) -> System.out.printf("%-18s %8.1f ms%n", step, n / 1e6));
            }
        }
    }
}
