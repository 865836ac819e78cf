package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms added in the second round on excerpts of reports from other cities (not committed: third-party
 * text): error kinds seen in three or more of those texts. Every sentence here is invented; the names are made up.
 */
class FirmsRouteSectionsAndBrandsTest {
    private static Set<String> names(String sentence, EntityType type) {
        return Recognised.names(sentence, type);
    }

    private static Set<String> all(String sentence) {
        return Recognised.all(sentence);
    }

    @Test
    void examplesOfAKindThatCarriesAnAmountAreNames() {
        Set<String> projects = names("翠岚新材料、沐川汽车动力等12个10亿元以上重大项目签约落地", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("翠岚新材料", "沐川汽车动力")), projects.toString());
    }

    @Test
    void firmsASectorIsBuiltAroundAreOrganizations() {
        Set<String> orgs = names("新能源产业形成了以翠隆新能源、沐通汽车为龙头的产业链", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("翠隆新能源", "沐通汽车")), orgs.toString());
    }

    @Test
    void aPrepositionHanlpGluesToAFirmIsNotPartOfItsName() {
        Set<String> names = all("以沐珠集团为代表的医药企业聚集发展");
        assertTrue(names.contains("沐珠集团"), names.toString());
        assertFalse(names.contains("以沐珠集团"), names.toString());
    }

    @Test
    void conceptsLeadingAPlanAreNoFirms() {
        assertEquals(Set.of(), names("以新发展理念为引领,以习近平同志为核心", EntityType.ORGANIZATION));
    }

    @Test
    void aPlaceHeadThatCutsIntoADistrictNameIsNoName() {
        Set<String> places = names("我代表龙湾区人民政府向大会报告工作", EntityType.PLACE);
        assertFalse(places.contains("代表龙湾"), places.toString());
        assertTrue(places.contains("龙湾区"), places.toString());
    }

    @Test
    void aSectionOfARouteBetweenTwoPlacesIsAProject() {
        Set<String> projects = names("加快沐岚铁路翠川至云溪段扩能改造", EntityType.PROJECT);
        assertTrue(projects.contains("沐岚铁路翠川至云溪段扩能改造"), projects.toString());
        assertTrue(names("加快沐岚铁路翠川至云溪段扩能改造", EntityType.PLACE).contains("沐岚铁路"));
    }

    @Test
    void aSectionNamedAfterOnePlaceMustNameAPlace() {
        assertTrue(names("沐翠高铁桐城段加快建设", EntityType.PROJECT).contains("沐翠高铁桐城段"));
        assertFalse(names("沐翠高铁施工段加快建设", EntityType.PROJECT).contains("沐翠高铁施工段"));
    }

    @Test
    void aRouteNamedByADashChainOfPlacesKeepsTheChain() {
        Set<String> projects = names("赣州-吉安-抚州城际铁路线获批复", EntityType.PROJECT);
        assertTrue(projects.contains("赣州-吉安-抚州城际铁路线"), projects.toString());
        assertFalse(projects.contains("抚州城际"), projects.toString());
    }

    @Test
    void anIntercityRailwayIsOneName() {
        Set<String> projects = names("沐翠城际铁路签署共建协议", EntityType.PROJECT);
        assertEquals(Set.of("沐翠城际铁路"), projects);
    }

    @Test
    void worksOnANameHanlpDoesNotKnowAreAProjectWhenGivenAsExamples() {
        Set<String> projects = names("开工建设翠格南矿开发利用、沐禄王御园改造提升等重大项目", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("翠格南矿开发利用", "沐禄王御园改造提升")), projects.toString());
    }

    @Test
    void worksOnAnOrdinaryWordAreNoProject() {
        assertEquals(Set.of(), names("推进产能优化升级等项目", EntityType.PROJECT));
    }

    @Test
    void theMakerNamedBeforeAProductsSpecificationIsAnOrganization() {
        Set<String> orgs = names("确保翠芯微电12英寸芯片、沐岚光电等项目投产", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("翠芯微电"), orgs.toString());
    }

    @Test
    void aLineNumberIsNoSpecification() {
        Set<String> orgs = names("加快地铁3号线、轨道交通12号线建设", EntityType.ORGANIZATION);
        assertEquals(Set.of(), orgs);
    }

    @Test
    void kindsJoinedByAndAreNoLeadingFirms() {
        assertEquals(Set.of(), names("集聚了以网络与通信、智能终端为代表的产业集群", EntityType.ORGANIZATION));
    }

    @Test
    void placesDashedAlongAGreenwayAreNoRouteName() {
        Set<String> places = names("全线贯通翠岚山-沐溪河-云湾通廊", EntityType.PLACE);
        assertFalse(places.contains("翠岚山-沐溪河"), places.toString());
    }

    @Test
    void anEraBeforeAMuseumIsPartOfItsName() {
        Set<String> projects = names("其中,明清沐川古镇文化博物馆争取年底前开工", EntityType.PROJECT);
        assertTrue(projects.contains("明清沐川古镇文化博物馆"), projects.toString());
    }
}
