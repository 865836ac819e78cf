package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;
import org.junit.jupiter.api.Test;

class ReportExtractorTest {
    private static CleanReport report(String body, String text) {
        ReportMetadata e = ReportMetadata.empty();
        return new CleanReport("t", URI.create("file:/t.txt"), text,
                new ReportMetadata(e.title(), Optional.of(body), e.year(), e.delivered(), e.speaker(), e.speakerRole(),
                        e.session()));
    }

    private static Entity byLabel(Extraction x, String label) {
        return x.entities().stream().filter(e -> e.prefLabel().equals(label) || e.altLabels().contains(label))
                .findFirst().orElseThrow(() -> new AssertionError("no entity labelled " + label + " in " + x.entities()));
    }

    @Test
    void shortFormAndDeixisResolveToTheDistrictWithItsDivisionCode() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市福田区人民政府",
                "福田区经济增长6%。我区将加快建设。福田要勇当尖兵。"));
        Entity futian = byLabel(x, "福田区");
        assertEquals("深圳市福田区", futian.key());
        assertEquals(new TreeSet<>(Set.of("我区", "福田")), futian.altLabels());
        assertEquals(Optional.of("440304"), futian.divisionCode());
        assertEquals(Set.of(EntityType.PLACE), futian.types());
    }

    @Test
    void officialShortFormTakesTheCitysFullNameAsKey() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市福田区人民政府", "落实市政府的部署。"));
        Entity city = byLabel(x, "市政府");
        assertEquals("深圳市人民政府", city.key());
        assertEquals(Set.of(EntityType.ORGANIZATION), city.types());
    }

    @Test
    void traditionalScriptIsRecognisedAndKeepsItsOriginalSurface() {
        String text = "推動廣州市人民政府與香港合作。";
        Extraction x = ReportExtractor.standard().extract(report("广州市人民政府", text));
        Entity gov = byLabel(x, "廣州市人民政府");
        Mention m = gov.mentions().get(0);
        assertEquals("廣州市人民政府", text.substring(m.start(), m.end()));
        assertEquals("广州市人民政府", gov.key());
    }

    @Test
    void junkOrganizationFromTheReportFormulaIsNotExtracted() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市坪山区人民政府",
                "现在,我代表坪山区人民政府向大会作政府工作报告,请予审议。"));
        assertEquals(Set.of("坪山区人民政府"), x.entities().stream()
                .filter(e -> e.types().contains(EntityType.ORGANIZATION)).map(Entity::prefLabel)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void meetingsAreNotEntities() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市人民政府",
                "市六届人大四次会议和第六次党代会胜利召开。"));
        assertTrue(x.entities().stream().noneMatch(e -> e.prefLabel().contains("党代会") || e.prefLabel().contains("会议")),
                x.entities().toString());
    }

    @Test
    void placeWrittenBeforeAStreetContainsIt() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市福田区人民政府", "完成福田区园岭街道改造。"));
        Entity street = byLabel(x, "园岭街道");
        Entity district = byLabel(x, "福田区");
        assertTrue(x.relations().stream().anyMatch(r -> r.kind() == RelationKind.PART_OF
                && r.subjectKey().equals(street.key()) && r.objectKey().equals(district.key())), x.relations().toString());
    }

    @Test
    void projectNamedAfterARiverIsLocatedInIt() {
        String text = "完成坪山河干流综合整治工程。";
        Extraction x = ReportExtractor.standard().extract(report("深圳市坪山区人民政府", text));
        Entity project = byLabel(x, "坪山河干流综合整治工程");
        Entity river = byLabel(x, "坪山河");
        var rel = x.relations().stream().filter(r -> r.kind() == RelationKind.LOCATED_IN
                && r.subjectKey().equals(project.key()) && r.objectKey().equals(river.key())).findFirst().orElseThrow();
        assertEquals(Optional.of(new Relation.Span(0, text.length())), rel.evidence());
    }

    @Test
    void traditionalScriptIssuingBodyStillScopesShortForms() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市福田區人民政府", "落實區政府的部署。"));
        assertEquals("深圳市福田区人民政府", byLabel(x, "區政府").key());
    }

    @Test
    void institutionThatLeadsTheBuildingOfAFacilityIsInvolvedInIt() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市人民政府", "支持南方科技大学牵头建设量子科学中心。"));
        Entity university = byLabel(x, "南方科技大学");
        Entity centre = byLabel(x, "量子科学中心");
        assertTrue(x.relations().stream().anyMatch(r -> r.kind() == RelationKind.INVOLVED_IN
                && r.subjectKey().equals(university.key()) && r.objectKey().equals(centre.key())), x.relations().toString());
    }

    @Test
    void gazetteerContainmentGivesPartOfWithoutEvidence() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市福田区人民政府", "深圳经济总量增长。福田区增长6%。"));
        assertTrue(x.relations().contains(new Relation("深圳市福田区", RelationKind.PART_OF, "深圳市", Optional.empty())),
                x.relations().toString());
    }

    @Test
    void districtFacilityNamedByItsLevelIsKeyedToTheDistrict() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市坪山区人民政府", "加快区人民医院新址建设。"));
        assertEquals("深圳市坪山区人民医院", byLabel(x, "区人民医院").key());
    }

    @Test
    void cooperationZoneIsAPlaceAndAProject() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市福田区人民政府", "加快深港科技创新合作区建设。"));
        assertEquals(Set.of(EntityType.PLACE, EntityType.PROJECT), byLabel(x, "深港科技创新合作区").types());
    }

    @Test
    void concurrentExtractionsGiveTheSameEntitiesAsOneAtATime() throws Exception {
        CleanReport r = DevCorpus.load("pingshan-2018");
        Extraction alone = ReportExtractor.standard().extract(r);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Extraction>>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> ReportExtractor.standard().extract(r)));
            }
            for (var f : futures) {
                assertEquals(alone.entities(), f.get().entities());
                assertEquals(alone.relations(), f.get().relations());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void projectBuiltInAPlaceStatedInTheClauseIsLocatedThere() {
        Extraction x = ReportExtractor.standard().extract(report("深圳市人民政府", "在龙岗区建设深圳音乐学院和国际艺术中心。"));
        Entity district = byLabel(x, "龙岗区");
        Entity centre = byLabel(x, "国际艺术中心");
        assertTrue(x.relations().stream().anyMatch(r -> r.kind() == RelationKind.LOCATED_IN
                && r.subjectKey().equals(centre.key()) && r.objectKey().equals(district.key())), x.relations().toString());
    }

    @Test
    void aCityNamedOnlyByDeixisStillHasItsCodeAndContainsItsDistricts() {
        Extraction x = ReportExtractor.standard().extract(report("杭州市人民政府", "我市经济稳中向好。余杭区增长较快。"));
        Entity city = byLabel(x, "我市");
        assertEquals("杭州市", city.key());
        assertEquals(Optional.of("330100"), city.divisionCode());
        assertTrue(x.relations().contains(new Relation("杭州市余杭区", RelationKind.PART_OF, "杭州市", Optional.empty())),
                x.relations().toString());
    }
}
