package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Institutions named by their level (市医疗中心, 省人民医院) or by their place and number (甲乙二中); a conjunction after a
 * comma starts a name; a congress of a city's people (甲州人大会) is no people's congress. Every sentence is invented;
 * the places are the gazetteer's.
 */
class LocalInstitutionsTest {

    @Test
    void aHospitalNamedByItsLevelIsABody() {
        Set<String> orgs = Recognised.names("战略深入实施,市医疗中心主体工程顺利完工,开设省人民医院专家工作室7个", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("市医疗中心", "省人民医院")), orgs.toString());
    }

    @Test
    void theLevelsInstitutionIsTheIssuingBodys() {
        Candidate c = ReportExtractor.standard().recognise("市档案馆通过验收", Scopes.PINGSHAN,
                        new PlaceDirectory(org.govreportkg.extract.gazetteer.Gazetteer.standard()).context(Scopes.PINGSHAN))
                .stream().filter(x -> x.surface().equals("市档案馆")).findFirst().orElseThrow();
        assertEquals(java.util.Optional.of("深圳市档案馆"), c.key());
    }

    @Test
    void aLevelCharacterInsideAWordNamesNoInstitution() {
        Set<String> orgs = Recognised.names("推动城市图书馆和全市博物馆建设", EntityType.ORGANIZATION);
        assertTrue(orgs.stream().noneMatch(o -> o.equals("市图书馆") || o.equals("市博物馆")), orgs.toString());
    }

    @Test
    void aPlacesNumberedSchoolIsABody() {
        Set<String> orgs = Recognised.names("桐庐二中新建教学楼投入使用", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("桐庐二中"), orgs.toString());
    }

    @Test
    void aPlenumIsNoSchool() {
        assertEquals(Set.of(), Recognised.names("深入学习十九届二中全会精神", EntityType.ORGANIZATION));
    }

    @Test
    void aConjunctionAfterACommaStartsTheName() {
        Set<String> all = Recognised.all("驿站建成投用,和溪医院一期改造完成");
        assertTrue(all.contains("和溪医院"), all.toString());
        assertTrue(all.stream().noneMatch(p -> p.startsWith("溪医院")), all.toString());
    }

    @Test
    void aGatheringOfACitysPeopleIsNoCongress() {
        Set<String> orgs = Recognised.names("世界温州人大会在此举行", EntityType.ORGANIZATION);
        assertTrue(orgs.stream().noneMatch(o -> o.endsWith("人大")), orgs.toString());
    }

    @Test
    void aNumberedSchoolNamedByItsLevelStaysInsideItsCampus() {
        Set<String> orgs = Recognised.names("市一中南湖校区建成投用", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("市一中"), orgs.toString());
    }

    @Test
    void kindsOfSchoolAndWorkstationAreNoBodies() {
        assertEquals(Set.of(), Recognised.names("新建市级院士专家工作站3个,普通高中办学条件改善", EntityType.ORGANIZATION));
    }

    @Test
    void aVerbOfMergingStartsNoName() {
        Set<String> all = Recognised.all("整合青岚大厦资源");
        assertTrue(all.stream().noneMatch(p -> p.startsWith("整合")), all.toString());
    }
}
