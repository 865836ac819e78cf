package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govreportkg.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * The learned name step with the bundled model: it fills gaps the rules leave, overrules a weaker rule's overlapping
 * span only when very sure, and never a trusted one; persons' names and fragments of words are none of ours. Every sentence is invented.
 */
class LearnedNameRecogniserTest {
    private static final String SCENIC = "全年接待游客120万人次,青岚花木城、云溪古镇成为网红打卡地";
    private static final LearnedNameRecogniser LEARNED = LearnedNameRecogniser.fromResource(
            "/extract/learned-names.bin.gz", new PlaceDirectory(Gazetteer.standard()), Lexicon.standard());

    @Test
    void placesNoRuleFindsAreFoundByTheModel() {
        Set<String> places = Recognised.names(SCENIC, EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("青岚花木城", "云溪古镇")), places.toString());
    }

    @Test
    void aSureSpanReplacesAWeakerRulesOverlappingSpanOfItsType() {
        List<Candidate> candidates = new ArrayList<>(List.of(candidate("溪古镇", "head:古镇", Optional.empty())));
        LEARNED.complete(SCENIC, Recognised.tokens(SCENIC), candidates);
        assertTrue(candidates.stream().anyMatch(c -> c.surface().equals("云溪古镇") && c.rule().equals(LearnedNameRecogniser.RULE)),
                candidates.toString());
        assertFalse(candidates.stream().anyMatch(c -> c.surface().equals("溪古镇")), candidates.toString());
    }

    @Test
    void twoNamesTheRulesFoundAreNotJoinedIntoOne() {
        List<Candidate> candidates = new ArrayList<>(List.of(candidate("云溪", "head:溪", Optional.empty()),
                candidate("古镇", "head:古镇", Optional.empty())));
        LEARNED.complete(SCENIC, Recognised.tokens(SCENIC), candidates);
        assertEquals(List.of("云溪", "古镇", "青岚花木城"), candidates.stream().map(Candidate::surface).toList());
    }

    @Test
    void aResolvedCandidateIsNeverOverruled() {
        Candidate resolved = candidate("溪古镇", "head:古镇", Optional.of("甲市溪古镇"));
        List<Candidate> candidates = new ArrayList<>(List.of(resolved));
        LEARNED.complete(SCENIC, Recognised.tokens(SCENIC), candidates);
        assertTrue(candidates.contains(resolved), candidates.toString());
        assertFalse(candidates.stream().anyMatch(c -> c.surface().equals("云溪古镇")), candidates.toString());
    }

    @Test
    void aPersonsNameIsNoPlace() {
        String s = "新引进高层次人才87人,张明远、李华清等两位院士在区内设立了工作站";
        assertFalse(Recognised.all(s).contains("张明远"), Recognised.all(s).toString());
    }

    @Test
    void theModelOnlyFillsGapsWhereItIsFairlySure() {
        List<Candidate> candidates = new ArrayList<>();
        LEARNED.complete(SCENIC, Recognised.tokens(SCENIC), candidates);
        assertEquals(Set.of("青岚花木城", "云溪古镇"),
                Set.copyOf(candidates.stream().map(Candidate::surface).toList()));
    }

    @Test
    void aSpanStartingOrEndingInsideAWordIsAFragment() {
        String s = "共建和谐劳动关系综合试验区";
        List<Token> tokens = Recognised.tokens(s);
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("和谐")), tokens.toString());
        assertTrue(LearnedNameRecogniser.cutsAWord(new SpanConfidenceCrf.Span(3, s.length(), "PR", 0.95), tokens));
        assertTrue(LearnedNameRecogniser.cutsAWord(new SpanConfidenceCrf.Span(2, 3, "PR", 0.95), tokens));
        assertFalse(LearnedNameRecogniser.cutsAWord(new SpanConfidenceCrf.Span(2, s.length(), "PR", 0.95), tokens));
    }

    private static Candidate candidate(String surface, String rule, Optional<String> key) {
        int start = SCENIC.indexOf(surface);
        return new Candidate(surface, EntityType.PLACE, start, start + surface.length(), rule, key);
    }
}
