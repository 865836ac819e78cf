package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;
import org.junit.jupiter.api.Test;

/** The error kinds listed in tracker issue 4, each on a short sentence of its own. */
class IssueFourExamplesTest {
    private static Extraction extract(String text) {
        ReportMetadata e = ReportMetadata.empty();
        return ReportExtractor.standard().extract(new CleanReport("t", URI.create("file:/t.txt"), text,
                new ReportMetadata(e.title(), Optional.of("深圳市人民政府"), e.year(), e.delivered(), e.speaker(),
                        e.speakerRole(), e.session())));
    }

    private static Set<String> labels(Extraction x, EntityType type) {
        return x.entities().stream().filter(e -> e.types().contains(type)).map(Entity::prefLabel).collect(Collectors.toSet());
    }

    @Test
    void genericNounsAndPhrasesAreNoOrganizations() {
        Extraction x = extract("引进金融机构和龙头企业,新增三甲医院3家,贯彻新发展理念,规上工业增加值增长。");
        assertEquals(Set.of(), labels(x, EntityType.ORGANIZATION));
    }

    @Test
    void aBayAreaSplitByTheSegmenterIsOnePlace() {
        assertEquals(Set.of("粤港澳大湾区"), labels(extract("抓住粤港澳大湾区建设重大机遇。"), EntityType.PLACE));
    }

    @Test
    void facilitiesWithOtherHeadsAreProjects() {
        Extraction x = extract("建设深圳自然博物馆、小梅沙海洋乐园和华润总部大厦,推进湖贝旧改。");
        assertTrue(labels(x, EntityType.PROJECT).containsAll(Set.of("深圳自然博物馆", "小梅沙海洋乐园", "华润总部大厦", "湖贝旧改")),
                labels(x, EntityType.PROJECT).toString());
    }

    @Test
    void slogansAndFragmentsAreNoPlaces() {
        assertEquals(Set.of(), labels(extract("抓住双区驱动机遇,建区以来成绩显著,落实省、市和省委要求。"), EntityType.PLACE));
    }

    @Test
    void aCityAndItsShortFormAreOneEntity() {
        Extraction x = extract("深圳经济总量增长。深圳市常住人口增加。");
        assertEquals(1, x.entities().stream().filter(e -> e.types().contains(EntityType.PLACE)).count());
        assertEquals("深圳市", x.entities().get(0).key());
    }
}
