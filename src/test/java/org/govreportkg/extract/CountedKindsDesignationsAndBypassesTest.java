package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms added in the eighth round, on error kinds of report excerpts from other cities. Every sentence is
 * invented; names are made up or are real divisions of the general gazetteer.
 */
class CountedKindsDesignationsAndBypassesTest {
    @Test
    void aDeHanlpGluedToAPlaceIsNoPartOfTheNewTownsName() {
        Set<String> places = Recognised.names("打造产城融合发展的松原北部新城,跨入新时代", EntityType.PLACE);
        assertTrue(places.contains("松原北部新城"), places.toString());
        assertTrue(places.stream().noneMatch(p -> p.startsWith("的")), places.toString());
    }

    @Test
    void aRailwaysSecondTrackIsOneProjectNotACoordinatedPlace() {
        Set<String> all = Recognised.all("谋划推进青岚铁路复线、松溪高速西安至辽中段");
        assertTrue(Recognised.names("谋划推进青岚铁路复线、松溪高速西安至辽中段", EntityType.PROJECT).contains("青岚铁路复线"),
                all.toString());
        assertTrue(all.stream().noneMatch(n -> n.equals("复线") || n.equals("松溪")), all.toString());
    }

    @Test
    void aBypassIsAPlaceBeingBuilt() {
        assertEquals(Set.of(EntityType.PLACE, EntityType.PROJECT), typesOf("规划建设青岚公路松原绕越线。", "青岚公路松原绕越线"));
    }

    /** The types of the entity labelled {@code label} in {@code text} read as a city's report. */
    private static Set<EntityType> typesOf(String text, String label) {
        Extraction extraction = Recognised.issuedBy("青岚市人民政府", text);
        return extraction.entities().stream().filter(e -> e.prefLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(extraction.entities().toString())).types();
    }

    @Test
    void worksAPlaceIsChosenToDemonstrateAreNoProject() {
        assertEquals(Set.of(), Recognised.names("推进青岚经济区国家循环化改造示范试点建设", EntityType.PROJECT));
    }

    @Test
    void aCountedKindOfWorksIsNoNamedProject() {
        assertEquals(Set.of(), Recognised.names("青岚、松溪5个风电项目陆续并网发电", EntityType.PROJECT));
    }

    @Test
    void projectsAsTheObjectOfAttackNameNoProject() {
        assertEquals(Set.of(), Recognised.names("集中精力攻项目、扩投资、促消费", EntityType.PROJECT));
    }

    @Test
    void aListsFirstItemRunsFromTheClauseStart() {
        Set<String> projects = Recognised.names("强化项目支撑,青沐宏大彩铝深加工、松溪新材料二期等一批重大项目相继落地", EntityType.PROJECT);
        assertEquals(Set.of("青沐宏大彩铝深加工", "松溪新材料二期"), projects);
        assertTrue(Recognised.names("产业加快发展,沐禾丰农业番茄谷、青松电气智能设备等30个项目开工建设", EntityType.PROJECT)
                .contains("沐禾丰农业番茄谷"));
    }

    @Test
    void aClauseWithAVerbIsNoFirstItem() {
        Set<String> projects = Recognised.names("加快推进青沐宏大彩铝深加工、松溪新材料二期等项目", EntityType.PROJECT);
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("加快") || p.startsWith("推进")), projects.toString());
        projects = Recognised.names("同年,青沐集团收购宏大彩铝深加工、松溪新材料二期等项目", EntityType.PROJECT);
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("青沐")), projects.toString());
    }

    @Test
    void aBuildingListedFirstUnderWorksIsNoProject() {
        Set<String> projects = Recognised.names("书房投入运营,大千世居、南岚学堂等文物修缮工程完工", EntityType.PROJECT);
        assertTrue(projects.stream().noneMatch(p -> p.endsWith("世居")), projects.toString());
    }

    @Test
    void openingAPortNamesNoPort() {
        Set<String> places = Recognised.names("渝松高铁正式开工建设,青岚新港一期开港试运行", EntityType.PLACE);
        assertTrue(places.stream().noneMatch(p -> p.endsWith("开港")), places.toString());
    }

    @Test
    void ordinaryWordsBeforeXiangmuSayOnlyWhatKindOfProject() {
        assertEquals(Set.of(), Recognised.names("加快推进生猪养殖项目、智能制造项目建设", EntityType.PROJECT));
    }

    @Test
    void worksOrAFacilityBeforeXiangmuStillMakeAProject() {
        Set<String> projects = Recognised.names("实施青岚河人工湿地水质净化项目", EntityType.PROJECT);
        assertTrue(projects.contains("青岚河人工湿地水质净化项目"), projects.toString());
        assertTrue(Recognised.names("推进35万吨数字化生产线项目", EntityType.PROJECT).contains("数字化生产线项目"));
    }

    @Test
    void aPersonNamedAfterAJobTitleIsNoPlaceWhateverItEndsIn() {
        assertEquals(Set.of(), Recognised.names("青岚区人民政府区长 李海港", EntityType.PLACE));
    }

    @Test
    void aKnowledgeCityIsAPlaceBeingBuilt() {
        assertEquals(Set.of(EntityType.PLACE, EntityType.PROJECT), typesOf("推动青岚知识城建设。", "青岚知识城"));
    }

    @Test
    void aVerbHanlpCutInTwoCharactersIsNoPartOfTheParkAfterIt() {
        String sentence = "形成青岚新材料产业园";
        List<Token> tokens = List.of(new Token("形", "ng", 0), new Token("成", "v", 1), new Token("青岚新材料产业园", "nt", 2));
        List<String> names = new HeadedNameRecogniser(Lexicon.standard()).recognise(sentence, tokens).stream()
                .map(Candidate::surface).toList();
        assertEquals(List.of("青岚新材料产业园"), names);
    }

    @Test
    void aCentralCityIsADesignationNoCentre() {
        Set<String> projects = Recognised.names("支持青岚建设国家中心城市、省域副中心城市", EntityType.PROJECT);
        assertEquals(Set.of(), projects);
    }

    @Test
    void townshipTradeCentresAreAKindOfFacility() {
        Set<String> projects = Recognised.names("提档升级沐溪镇商贸综合体等乡镇商贸中心5个", EntityType.PROJECT);
        assertTrue(projects.stream().noneMatch(p -> p.equals("乡镇商贸中心")), projects.toString());
    }

    @Test
    void theVerbThatOrganisesFirmsIsNoPartOfTheFirstFirm() {
        Set<String> firms = Recognised.names("组织沐新品源、相松车业等16家企业申报高新技术企业", EntityType.ORGANIZATION);
        assertTrue(firms.contains("沐新品源"), firms.toString());
        assertTrue(firms.stream().noneMatch(f -> f.startsWith("组织")), firms.toString());
    }
}
