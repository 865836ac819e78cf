package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms added in the sixth round, on error kinds of report excerpts from other cities (not committed:
 * third-party text). Every sentence is invented; names are made up or are real divisions of the general gazetteer.
 */
class ListItemsAndChainsTest {
    private static Set<String> names(String sentence, EntityType type) {
        return Recognised.names(sentence, type);
    }


    @Test
    void anItemBetweenTwoListSeparatorsIsTheWholeStretchAndHoldsThePlacesItNames() {
        Set<String> projects = names("“两渠一闸”、沐溪运河河湖连通、翠山垸围堤加固、堤坝安保工程等项目全面建成", EntityType.PROJECT);
        assertTrue(projects.contains("沐溪运河河湖连通"), projects.toString());
    }

    @Test
    void aFirmNameReadAsAnAdverbStillStartsAListedItem() {
        Set<String> projects = names("推进翠屏醋酸、太重沐液油缸、市高新区钛白粉等一批转型项目建设投产", EntityType.PROJECT);
        assertTrue(projects.contains("太重沐液油缸"), projects.toString());
        assertFalse(projects.contains("沐液油缸"), projects.toString());
    }

    @Test
    void ordinaryActivitiesListedAmongWorksAreNoProjects() {
        Set<String> projects = names("完成封山育林、人工造林、有害生物防控等生态工程", EntityType.PROJECT);
        assertFalse(projects.contains("人工造林"), projects.toString());
        assertFalse(projects.contains("有害生物防控"), projects.toString());
    }

    @Test
    void reservedBondFundedAndRestorationWorksInGeneralAreKinds() {
        assertEquals(Set.of(), names("谋划储备项目45个,发行债券资金项目12个,开展生态修复工程", EntityType.PROJECT));
    }

    @Test
    void aVerbWhoseObjectIsProjectsNamesNone() {
        assertEquals(Set.of(), names("聚焦长三角抓招商引项目,坚持招商上项目", EntityType.PROJECT));
    }

    @Test
    void aNameStartingInsideASplitZoneWordStartsWithTheWord() {
        Set<String> places = names("整合医疗器械载体资源,建成经开区医疗器械产业园东部片区二期,确保投产", EntityType.PLACE);
        assertTrue(places.contains("经开区医疗器械产业园"), places.toString());
        assertFalse(places.contains("开区医疗器械产业园"), places.toString());
    }

    @Test
    void aDistrictWrittenAfterItsCityHasTheChainAsAnAliasAndTheCityStaysAPlace() {
        Extraction x = Recognised.issuedBy("乐山市沐川县人民政府", "乐山市沐川县人民政府工作报告\n各位代表:沐川县经济运行稳中向好。");
        List<Entity> county = x.entities().stream().filter(en -> en.divisionCode().equals(Optional.of("511129"))).toList();
        assertEquals(1, county.size(), x.entities().toString());
        assertEquals("沐川县", county.get(0).prefLabel());
        assertTrue(county.get(0).altLabels().contains("乐山市沐川县"), county.toString());
        assertTrue(x.entities().stream().anyMatch(en -> en.divisionCode().equals(Optional.of("511100"))
                && en.prefLabel().equals("乐山市")), x.entities().toString());
    }

    @Test
    void theSubjectOfItsProgressIsAProjectWhateverItsHead() {
        Set<String> projects = names("沐翠大酒店全面竣工,沐川旅游港正式运营", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("沐翠大酒店", "沐川旅游港")), projects.toString());
        assertTrue(names("沐光新材料家居智慧物流园竣工投用", EntityType.PROJECT).contains("沐光新材料家居智慧物流园"));
    }

    @Test
    void whenAndHowWorksProgressIsNoPartOfTheirName() {
        Set<String> all = Recognised.all("沐光风电项目29个机位全部并网,沐翠西北二环高速年底前建成通车");
        assertFalse(all.stream().anyMatch(n -> n.contains("机位") || n.contains("年底")), all.toString());
    }

    @Test
    void aFirmHanLpTookForOneOrganizationWordIsAFirm() {
        Set<String> orgs = names("助力翠岚科技登陆资本市场,沐光铝业、翠屏厨具投资超10亿元", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("翠岚科技", "沐光铝业")), orgs.toString());
    }

    @Test
    void aFirmAwardedACityLevelTitleIsABody() {
        Set<String> orgs = names("沐翠达获评乐山市级专精特新企业", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("沐翠达"), orgs.toString());
    }

    @Test
    void countedBackboneWorksRoadKindsAndACityAsCentreAreNoProjects() {
        assertEquals(Set.of(), names("实施好十项骨干工程和200余项子工程,开工建设6个高速公路项目", EntityType.PROJECT));
        assertEquals(Set.of(), names("加快形成以乐山为中心的放射型高铁网", EntityType.PROJECT));
    }

    @Test
    void aCongressNamedOnlyByItsShortTermInAMeetingIsNoEntityButStaysAnAliasOfANamedCongress() {
        Extraction alone = Recognised.issuedBy("乐山市沐川县人民政府", "各位代表:县十七届人大三次会议以来,沐川县经济运行稳中向好。");
        assertFalse(alone.entities().stream().anyMatch(en -> en.prefLabel().contains("人大")), alone.entities().toString());
        Extraction named = Recognised.issuedBy("乐山市沐川县人民政府", "各位代表:县十七届人大三次会议以来,在县人大的监督支持下,沐川县经济运行稳中向好。");
        assertTrue(named.entities().stream().anyMatch(en -> en.altLabels().contains("县十七届人大")
                || en.prefLabel().equals("县十七届人大") && en.altLabels().contains("县人大")), named.entities().toString());
    }

    @Test
    void aParkWhoseNameStartsWithANumeralIsNamedWhole() {
        Set<String> places = names("翠屏河生态公园、东岚山公园、三贤公园、七鹤公园相继建成", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("三贤公园", "七鹤公园")), places.toString());
    }

    @Test
    void centralSchoolsAndKindergartensAreInstitutionsButCountedOnesAreKinds() {
        Set<String> orgs = names("推进沐江西中学、新翠岚中心校、沐川镇中心幼儿园等7个新建项目,新办5所新型公办幼儿园", EntityType.ORGANIZATION);
        assertEquals(Set.of("沐江西中学", "新翠岚中心校", "沐川镇中心幼儿园"), orgs);
    }

    @Test
    void aBannerByItsCustomaryAbbreviationIsFoundInsideItsGovernmentsName() {
        Extraction x = Recognised.issuedBy("察右中旗人民政府", "各位代表:现在,我代表察右中旗人民政府向大会报告工作。");
        assertTrue(x.entities().stream().anyMatch(en -> en.divisionCode().equals(Optional.of("150927"))
                && en.prefLabel().equals("察右中旗")), x.entities().toString());
    }

    @Test
    void aTaggedPlaceThatTookTheFirstCharacterOfTheNextWordIsNoPlace() {
        Set<String> places = names("加强大理河源头保护", EntityType.PLACE);
        assertFalse(places.contains("河源"), places.toString());
    }

    @Test
    void aFirmsFirstCharacterReadAsAnAdverbAtTheClauseStartStaysInTheListedItem() {
        Set<String> projects = names("项目加快推进,太翠新材料、生活垃圾焚烧发电等256个产业项目建成投运", EntityType.PROJECT);
        assertTrue(projects.contains("太翠新材料"), projects.toString());
        assertFalse(projects.contains("翠新材料"), projects.toString());
    }

    @Test
    void anInvestedItemEndsBeforeItsApproval() {
        Set<String> projects = names("总投资96亿元的翠屏沐河抽水蓄能电站获得核准", EntityType.PROJECT);
        assertEquals(Set.of("翠屏沐河抽水蓄能电站"), projects);
    }

    @Test
    void thePartOfTownARoadRunsThroughIsNoPartOfItsName() {
        Set<String> places = names("行政办公区周边和老城区怡翠中路等区域环境整治全面完工", EntityType.PLACE);
        assertFalse(places.contains("老城区怡翠中路"), places.toString());
    }

    @Test
    void centralPartyOfficesAndTheStateCouncilsGeneralOfficeAreBodiesOfTheirOwn() {
        assertEquals(Set.of("国务院办公厅", "中宣部"), names("获国务院办公厅通报表扬,经验获中宣部推介", EntityType.ORGANIZATION));
        assertEquals(Set.of("中央纪委国家监委机关"), names("积极服务保障中央纪委国家监委机关", EntityType.ORGANIZATION));
    }
}
