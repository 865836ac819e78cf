package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.govreportkg.extract.gazetteer.Division;
import org.govreportkg.extract.gazetteer.Gazetteer;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;
import org.junit.jupiter.api.Test;

/** The small steps around the recognisers: scope, deixis, place tags, gazetteer plausibility. */
class SmallStepsTest {
    private static final PlaceDirectory PLACES = new PlaceDirectory(Gazetteer.standard());

    private static CleanReport report(Optional<String> body, String text) {
        ReportMetadata e = ReportMetadata.empty();
        return new CleanReport("t", URI.create("file:/t.txt"), text, new ReportMetadata(e.title(), body, e.year(),
                e.delivered(), e.speaker(), e.speakerRole(), e.session()));
    }

    @Test
    void scopeIsReadFromTheIssuingBodyAndCompletedFromTheGazetteer() {
        ReportScope scope = PLACES.complete(ReportScope.of(report(Optional.of("坪山区人民政府"), ""), s -> s));
        assertEquals(Optional.of("深圳市"), scope.city());
        assertEquals(Optional.of("广东省"), scope.province());
        assertEquals(Optional.of("深圳市坪山区"), scope.placeFor('区'));
    }

    @Test
    void withoutMetadataTheReportsSelfReferenceGivesTheScope() {
        ReportScope scope = ReportScope.of(report(Optional.empty(), "福田区委区政府2019年主要工作\n正文。"), s -> s);
        assertEquals(Optional.of("福田区"), scope.district());
    }

    @Test
    void aTitlesYearIsNoPartOfTheReportsCounty() {
        // a page that runs the title into the text: no heading, so the scope comes from the first self-reference
        ReportScope scope = ReportScope.of(report(Optional.empty(), "2024年青岚县政府工作报告 各位代表:现在,我代表县人民政府向大会报告工作。"), s -> s);
        assertEquals(Optional.of("青岚县"), scope.district());
    }

    @Test
    void aPageWithoutTitleOrByLineTakesTheCountyItNamesAsItsOwn() {
        String text = "二、今年主要工作\n在县委的坚强领导下,永泰全县上下奋力拼搏。永泰有信心、有条件、有基础,县政府将全力以赴。";
        Extraction e = ReportExtractor.standard().extract(report(Optional.empty(), text));
        assertTrue(e.entities().stream().anyMatch(x -> x.key().equals("中国共产党福州市永泰县委员会")),
                e.entities().stream().map(Entity::key).toList().toString());
        // named once only, it is not taken for the report's own
        Extraction once = ReportExtractor.standard().extract(report(Optional.empty(), "二、今年主要工作\n在县委的坚强领导下,永泰全县上下奋力拼搏。"));
        assertTrue(once.entities().stream().noneMatch(x -> x.key().contains("永泰县委员会")));
    }

    @Test
    void deixisNamesTheReportsOwnDistrictAndCity() {
        List<Candidate> c = new DeicticRecogniser().recognise("我区和我市", Scopes.PINGSHAN);
        assertEquals(List.of(Optional.of("深圳市坪山区"), Optional.of("深圳市")), c.stream().map(Candidate::key).toList());
    }

    @Test
    void countryInASloganIsNoPlace() {
        String s = "坚持中国特色社会主义";
        List<Token> tokens = new Segmenter().segment(s);
        Optional<Division> context = PLACES.context(Scopes.PINGSHAN);
        assertEquals(List.of(), new PlaceTagRecogniser(PLACES).recognise(s, tokens, context));
    }

    @Test
    void countyShortNamesCountOnlyNearTheReportOrAfterTheirParent() {
        Optional<Division> pingshan = PLACES.context(Scopes.PINGSHAN);
        assertTrue(PLACES.plausible("陆河", pingshan, Optional.empty()), "a county of the report's province");
        assertFalse(PLACES.plausible("惠民", pingshan, Optional.empty()), "a county of another province");
        assertTrue(PLACES.plausible("田东", pingshan, Optional.of("百色")), "a county right after its city");
    }
}
