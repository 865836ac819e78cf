package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Works HanLP tags as plain verbs belong to the names of works; the clause's verbs HanLP glues to a name do not.
 * Every sentence is invented.
 */
class WorksVerbsAndGluedClauseVerbsTest {

    @Test
    void aRoadsWideningIsOneProject() {
        Set<String> projects = Recognised.names("加快推进青岚路拓宽工程", EntityType.PROJECT);
        assertTrue(projects.contains("青岚路拓宽工程"), projects.toString());
    }

    @Test
    void anAvenuesUpgradeIsOneProject() {
        Set<String> projects = Recognised.names("松溪大道中升级改造工程加快建设", EntityType.PROJECT);
        assertTrue(projects.contains("松溪大道中升级改造工程"), projects.toString());
    }

    @Test
    void worksVerbsAloneNameNoProject() {
        assertTrue(Recognised.names("推进升级改造工程", EntityType.PROJECT).isEmpty());
    }

    @Test
    void worksOnAQualityNameNoProject() {
        assertTrue(Recognised.names("实施河流防洪能力提升工程", EntityType.PROJECT).isEmpty());
    }

    @Test
    void worksVerbsStayOutOfPlaceNames() {
        Set<String> places = Recognised.names("完成新改建农村公路120公里", EntityType.PLACE);
        assertTrue(places.stream().noneMatch(p -> p.contains("改建")), places.toString());
    }

    @Test
    void aVerbOfApplyingIsNoPartOfTheWorksApplied() {
        Set<String> projects = Recognised.names("积极申报松溪至青岚三级公路项目并启动建设", EntityType.PROJECT);
        assertTrue(projects.contains("松溪至青岚三级公路项目"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("申报")), projects.toString());
    }

    @Test
    void aVerbHanLPGluedIntoAFirmsProjectIsCutOff() {
        Set<String> projects = Recognised.names("紧盯松溪数字工厂项目落地", EntityType.PROJECT);
        assertTrue(projects.contains("松溪数字工厂项目"), projects.toString());
    }

    @Test
    void aVerbWithItsComplementHaoIsCutOffAMotorway() {
        Set<String> places = Recognised.names("服务保障好青岚高速、G352等重点交通项目建设", EntityType.PLACE);
        assertTrue(places.contains("青岚高速"), places.toString());
        assertTrue(places.stream().noneMatch(p -> p.startsWith("保障")), places.toString());
    }

    @Test
    void aLinesRatingSizesTheWorksNotThePlace() {
        String sentence = "积极申报110千伏青岚湾输变电工程";
        Set<String> projects = Recognised.names(sentence, EntityType.PROJECT);
        Set<String> places = Recognised.names(sentence, EntityType.PLACE);
        assertTrue(projects.contains("110千伏青岚湾输变电工程"), projects.toString());
        assertTrue(places.stream().noneMatch(p -> p.startsWith("110")), places.toString());
    }

    @Test
    void aChemicalsCountOfGroupsIsPartOfTheProjectsName() {
        Set<String> projects = Recognised.names("重点实施松岚30万吨碳酸二甲酯项目,带动产业集聚", EntityType.PROJECT);
        assertTrue(projects.contains("松岚30万吨碳酸二甲酯项目"), projects.toString());
        assertFalse(projects.contains("甲酯项目"), projects.toString());
    }

    @Test
    void listedWorksOnFirmsAreProjects() {
        Set<String> projects = Recognised.names("青岩纸业扩建、松溪尼龙扩建、溧阳纺机技改等项目建成投产", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("青岩纸业扩建", "松溪尼龙扩建", "溧阳纺机技改")), projects.toString());
    }

    @Test
    void listedWorksOnKindsOfThingsAreNoProjects() {
        assertTrue(Recognised.names("推进厂房扩建、污水处理厂提标改造等项目", EntityType.PROJECT).isEmpty());
    }

    @Test
    void aParkListedByItsAreaStartsRightAfterTheArea() {
        Set<String> places = Recognised.names("完善配套,83亩松湾数字创新产业园、400亩禾益智能家装产业社区进展顺利", EntityType.PLACE);
        assertTrue(places.contains("禾益智能家装产业社区"), places.toString());
        assertFalse(places.contains("能家装产业社区"), places.toString());
    }

    @Test
    void aSizeInParenthesesAfterAProjectIsNoPartOfItsName() {
        Set<String> projects = Recognised.names("青岚荔枝产业园项目(3000亩)完成前期规划设计", EntityType.PROJECT);
        assertTrue(projects.contains("青岚荔枝产业园项目"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.contains("亩")), projects.toString());
    }
}
