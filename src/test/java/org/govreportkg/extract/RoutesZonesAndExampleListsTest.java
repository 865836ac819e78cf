package org.govreportkg.extract;

import org.govreportkg.ingest.ScriptNormaliser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules added after reading blind-annotated excerpts of reports from other cities, districts and counties
 * (not committed: third-party text). Every sentence here is invented; the names are made up.
 */
class RoutesZonesAndExampleListsTest {
    private static Set<String> names(String sentence, EntityType type) {
        return Recognised.names(sentence, type);
    }

    @Test
    void technologyTransferIsPartOfAnInstitutionsName() {
        assertTrue(names("推动国家技术转移东北中心落户", EntityType.PROJECT).contains("国家技术转移东北中心"));
    }

    @Test
    void aParkNamedAfterTheDevelopmentZoneItIsInKeepsTheZone() {
        assertEquals(Set.of("天河新区", "天河新区军民融合产业园"),
                names("加快建设天河新区军民融合产业园", EntityType.PLACE));
    }

    @Test
    void foreignCountriesTaggedByHanlpArePlaces() {
        Set<String> places = names("组织企业赴法国、以色列开展交流", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("法国", "以色列")), places.toString());
    }

    @Test
    void aComplementGluedOntoAGenericPlatformMakesNoName() {
        assertEquals(Set.of(), names("做大做强发展平台", EntityType.PROJECT));
    }

    @Test
    void firmsBeforeAQuotedKindAreOrganizationsWithoutTheVerbBeforeThem() {
        assertEquals(Set.of("瑞岭精工", "凯岚科技"), names("倾力培强瑞岭精工、凯岚科技等“链主”企业", EntityType.ORGANIZATION));
    }

    @Test
    void aVerbAndItsComplementDoNotStartAnExample() {
        assertEquals(Set.of("瑞科66新材料"), names("抓紧抓实瑞科66新材料等重点延链项目", EntityType.PROJECT),
                "抓实 is a verb, and industrial-chain words (延链) describe, they do not name");
        assertEquals(Set.of("凯岚碳纤维"), names("抓紧抓实凯岚碳纤维等重点项目", EntityType.PROJECT),
                "HanLP glues the complement 实 onto the name");
    }

    @Test
    void aFirmNamedAfterItsProvinceIsOneExample() {
        assertTrue(names("浙江泓岚、瑞岭精工等新签约项目扎实推进", EntityType.PROJECT).contains("浙江泓岚"));
    }

    @Test
    void anExampleThatIsNoNameDoesNotEndTheList() {
        assertTrue(names("投资14亿元泓岚瑞科三元正极材料、15亿元水泥优化升级等32个项目开工建设", EntityType.PROJECT)
                .contains("泓岚瑞科三元正极材料"));
    }

    @Test
    void aZoneListedInTheGazetteerUnderAKindsNameIsNoPlace() {
        assertFalse(names("高新区成功获批省化工园区", EntityType.PLACE).contains("化工园区"));
    }

    @Test
    void roadsNamedAfterADateAreRoads() {
        assertTrue(names("推进五一路下穿、八一大道提升", EntityType.PLACE).containsAll(Set.of("五一路", "八一大道")));
        assertTrue(names("推进五一路下穿、八一大道提升", EntityType.PROJECT).contains("五一路下穿"));
    }

    @Test
    void interchangeWorksAreProjectsOnANamedPlace() {
        assertTrue(names("抓好松岚立交改造", EntityType.PLACE).contains("松岚立交"));
        assertTrue(names("抓好松岚立交改造", EntityType.PROJECT).contains("松岚立交改造"));
    }

    @Test
    void economicDevelopmentZonesArePlaces() {
        assertTrue(names("深化泓岚经济开发区提升工程", EntityType.PLACE).contains("泓岚经济开发区"));
    }

    @Test
    void routesNamedByTheirEndsKeepBothEnds() {
        assertTrue(names("推进长沙至赣州铁路建设", EntityType.PLACE).contains("长沙至赣州铁路"));
    }

    @Test
    void routesNamedByOneCharacterPerCityKeepEveryCharacter() {
        assertTrue(names("加快遂内宜铁路建设", EntityType.PLACE).contains("遂内宜铁路"));
    }

    @Test
    void widenedHighwaysAreProjectsAndPowerStationsAreWorks() {
        assertTrue(names("推进松岭高速公路扩容", EntityType.PROJECT).contains("松岭高速公路扩容"));
        assertTrue(names("推进松岭高速公路扩容", EntityType.PLACE).contains("松岭高速公路"));
        assertEquals(Set.of("青岚抽水蓄能电站"), names("开工建设青岚抽水蓄能电站", EntityType.PROJECT));
    }

    @Test
    void waterAsTheObjectOfAVerbIsNoStream() {
        assertEquals(Set.of(), names("加快松岚渠引水工程前期工作", EntityType.PLACE));
    }

    @Test
    void platformsAndRoutesNamedOnlyByTheirKindAreNoNames() {
        String s = "布局一批人工智能平台,完善债券项目管理,建成城际铁路联络线";
        assertEquals(Set.of(), names(s, EntityType.PROJECT));
        assertEquals(Set.of(), names(s, EntityType.PLACE));
    }

    @Test
    void aRareCharacterHanlpTakesForPunctuationStaysInTheName() {
        assertTrue(names("加快燚岭大道建设", EntityType.PLACE).contains("燚岭大道"));
    }

    @Test
    void anInterchangeOfTwoRoadsNamesBothRoads() {
        assertEquals(Set.of("松岚路", "青梓北路", "松岚路青梓北路立交"), names("建设松岚路青梓北路立交", EntityType.PLACE));
    }

    @Test
    void aMetroLineNamedOnlyByItsNumberIsALine() {
        assertTrue(names("推进地铁3号线建设,5号线同步开工", EntityType.PROJECT).contains("5号线"));
    }

    @Test
    void freeTradeZonesArePlacesBeingDeveloped() {
        assertTrue(names("推进瑞岭自贸试验区建设", EntityType.PLACE).contains("瑞岭自贸试验区"));
    }

    @Test
    void aKindWithANumberInItStillClosesAnExampleList() {
        assertEquals(Set.of("泓岚国际"), names("引进泓岚国际等世界500强企业", EntityType.ORGANIZATION));
    }

    @Test
    void riversideAndTheKindOfZoneAreNoPlaces() {
        assertEquals(Set.of(), names("完善滨河绿道,位居全国国家级开发区前列", EntityType.PLACE));
    }

    @Test
    void aCorridorAlongARoadIsNamedAfterIt() {
        assertTrue(names("建设松岚路复合通道", EntityType.PLACE).contains("松岚路复合通道"));
    }

    @Test
    void aTownsShortFormInsideAQuotedSloganIsNoPlace() {
        assertEquals(Set.of(), names("实施“活力坑梓”行动", EntityType.PLACE));
    }

    @Test
    void cornerBracketQuotesOfTraditionalReprintsAreQuotes() {
        assertEquals("实施“活力”行动", new ScriptNormaliser().normalise("實施「活力」行動"));
    }

    @Test
    void noNameSpansAClauseCommaHanlpSwallowed() {
        List<Token> refined = new TokenRefiner().refine(List.of(new Token("产业,软件产业园", "nt", 0)));
        assertEquals(List.of("产业", ",", "软件产业园"), refined.stream().map(Token::word).toList());
        assertEquals(List.of(0, 2, 3), refined.stream().map(Token::start).toList());
        assertEquals(Set.of("软件产业园"), names("加快发展生物、新能源三大战略性新兴产业,软件产业园先后获批", EntityType.PLACE));
    }
}
