package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoordinationExpanderTest {
    private final Lexicon lexicon = Lexicon.standard();
    private final Segmenter segmenter = new Segmenter();
    private final HeadedNameRecogniser heads = new HeadedNameRecogniser(lexicon);
    private final CoordinationExpander expander = new CoordinationExpander(lexicon);

    private List<Optional<String>> expanded(String s) {
        List<Token> tokens = new TokenRefiner().refine(segmenter.segment(s));
        List<Candidate> found = new ArrayList<>(heads.recognise(s, tokens));
        return expander.expand(s, tokens, found).stream().map(Candidate::key).toList();
    }

    @Test
    void bareNamesBeforeASharedHeadEachGetTheHead() {
        assertEquals(List.of(Optional.of("福沙消防站"), Optional.of("福景消防站")), expanded("加快建设福沙、福景2座消防站。"));
    }

    @Test
    void aConjunctSharesTheTailOfTheFollowingName() {
        assertEquals(List.of(Optional.of("新洲河生态补水工程")), expanded("推进新洲河、凤塘河生态补水工程。"));
    }

    @Test
    void listsOfKindsOfWorkAreNotExpanded() {
        assertEquals(List.of(), expanded("引进前沿型、成长型项目。"));
    }

    @Test
    void numberedMetroLinesShareTheModeAndTheLineHead() {
        assertEquals(List.of(Optional.of("地铁14号线")), expanded("推进地铁14号、16号线建设。"));
    }

    @Test
    void oneNameWithACountStandsForTheFirstOfSeveral() {
        assertEquals(List.of(Optional.of("福保消防站")), expanded("推进福保等4座消防站规划。"));
    }
}
