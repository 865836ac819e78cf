package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms added in the third round on excerpts of reports from other cities (not committed: third-party
 * text). Every sentence here is invented; the names are made up.
 */
class InvestmentItemsPhasesAndRegionsTest {
    private static Set<String> names(String sentence, EntityType type) {
        return Recognised.names(sentence, type);
    }

    @Test
    void itemsNamedAfterTheirInvestmentAreProjectsWithoutAHead() {
        Set<String> projects = names("成功引进投资12亿元的瑞沐数科液流储能、投资3亿元的翠禾农业蓝莓全产业链。", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("瑞沐数科液流储能", "翠禾农业蓝莓全产业链")), projects.toString());
    }

    @Test
    void laterItemsOfAnInvestmentListCarryTheirOwnAmount() {
        Set<String> projects = names("开工总投资8亿元的瑞沐新材料、5亿元的翠禾农业蓝莓全产业链等项目", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("瑞沐新材料", "翠禾农业蓝莓全产业链")), projects.toString());
    }

    @Test
    void anInvestmentItemEndsBeforeWhatHappenedToIt() {
        Set<String> projects = names("投资6亿元的瑞沐数科液流储能顺利投产", EntityType.PROJECT);
        assertTrue(projects.contains("瑞沐数科液流储能"), projects.toString());
        assertFalse(projects.contains("瑞沐数科液流储能顺利投产"), projects.toString());
    }

    @Test
    void anInvestmentItemThatIsAnOrdinaryWordIsNoName() {
        assertEquals(Set.of(), names("建成投资5亿元的污水处理厂,投资2亿元的农贸市场升级", EntityType.PROJECT));
    }

    @Test
    void aNumeralCharacterInsideASplitNameStaysInTheListItem() {
        Set<String> projects = names("引进落地翠碳纳米、锐一钠能等新材料项目12个", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("翠碳纳米", "锐一钠能")), projects.toString());
    }

    @Test
    void theKindAfterTheExamplesIsNoName() {
        Set<String> projects = names("引进落地翠碳纳米、锐一钠能等新材料项目12个", EntityType.PROJECT);
        assertFalse(projects.contains("新材料项目"), projects.toString());
    }

    @Test
    void centralEnterprisesGivenAsExamplesAreOrganizations() {
        Set<String> orgs = names("引入中冶五局、中铁八局等央企", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("中铁八局"), orgs.toString());
    }

    @Test
    void aPhaseOfAProjectKeepsTheProjectsName() {
        Set<String> projects = names("瑞沐锂能项目二期建成投产", EntityType.PROJECT);
        assertTrue(projects.contains("瑞沐锂能项目二期"), projects.toString());
    }

    @Test
    void capacityExpansionAndRelocationOfANamedFacilityAreProjects() {
        Set<String> projects = names("推进翠岭机场扩能、沐溪机场迁建", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("翠岭机场扩能", "沐溪机场迁建")), projects.toString());
    }

    @Test
    void aResearchCentreIsAnOrganization() {
        Set<String> orgs = names("被翠岭农业政策研究中心列为典型案例", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("翠岭农业政策研究中心"), orgs.toString());
    }

    @Test
    void macroRegionsArePlacesWhateverHanlpTagsThem() {
        Set<String> places = names("聚焦京津冀、长三角开展招商", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("京津冀", "长三角")), places.toString());
    }

    @Test
    void aMajorRiverHanlpTagsAsAPlaceIsKept() {
        Set<String> all = names("长江翠岭段二期整治开工", EntityType.PLACE);
        assertTrue(all.contains("长江"), all.toString());
    }

    @Test
    void aPhaseInsideWorksIsNoSeparateProject() {
        Set<String> projects = names("加快翠岭机场二期扩建", EntityType.PROJECT);
        assertTrue(projects.contains("翠岭机场二期扩建"), projects.toString());
        assertFalse(projects.contains("翠岭机场二期"), projects.toString());
    }

    @Test
    void anOrdinalAfterAPlaceStaysInTheName() {
        Set<String> places = names("推进宁波第二西通道建设", EntityType.PLACE);
        assertTrue(places.contains("宁波第二西通道"), places.toString());
        assertFalse(places.contains("西通道"), places.toString());
    }

    @Test
    void aSloganSpelledWithOneIsNoName() {
        Set<String> projects = names("建立“一湖一网一平台”管护机制", EntityType.PROJECT);
        assertFalse(projects.contains("一湖一网一平台"), projects.toString());
    }

    @Test
    void aFarAwayCountyInsideAQuotedSloganIsNoPlace() {
        Set<String> places = names("坚持“创新兴县”战略", EntityType.PLACE);
        assertFalse(places.contains("兴县"), places.toString());
    }

    @Test
    void aPartnerOfACooperationHanlpDidNotKnowIsAnOrganization() {
        Set<String> orgs = names("与翠岚科技合作,与沐禾物流开展战略合作", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("翠岚科技", "沐禾物流")), orgs.toString());
    }

    @Test
    void ordinaryPartnersAndRoundsOfCooperationAreNoOrganizations() {
        assertEquals(Set.of(), names("与周边城市合作,与高校院所合作,落实与翠岚新一轮战略合作协议", EntityType.ORGANIZATION));
    }
}
