package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The building of a named thing (甲乙厂房建设项目) is a project under that name, a campaign (美丽甲乙建设工程) is not; a road's
 * extension (甲路南延) is a project; a vocational school is a body; verbs HanLP glued to a name stay outside it. Every
 * sentence is invented.
 */
class BuildingWorksExtensionsAndSchoolsTest {

    @Test
    void theBuildingOfAFirmsPlantIsOneProject() {
        Set<String> projects = Recognised.names("青岚松溪服装加工建设项目已完成主体工程", EntityType.PROJECT);
        assertTrue(projects.contains("青岚松溪服装加工建设项目"), projects.toString());
    }

    @Test
    void theBuildingOfAFacilityKeepsItsBuildingWordsInItsName() {
        Set<String> projects = Recognised.names("青岚竹园机械设备制造厂房建设项目林地报批手续已完成", EntityType.PROJECT);
        assertTrue(projects.stream().anyMatch(p -> p.endsWith("厂房建设项目")), projects.toString());
    }

    @Test
    void buildingUpAPlaceOrAQualityIsNoProject() {
        assertEquals(Set.of(), Recognised.names("推进美丽桐庐建设工程", EntityType.PROJECT));
        assertEquals(Set.of(), Recognised.names("实施生态保护建设工程", EntityType.PROJECT));
        assertEquals(Set.of(), Recognised.names("获批制造强省建设项目", EntityType.PROJECT));
    }

    @Test
    void aRoadsExtensionIsAProject() {
        Set<String> projects = Recognised.names("完成青岚东路南延、横三路等道路建设", EntityType.PROJECT);
        assertTrue(projects.contains("青岚东路南延"), projects.toString());
    }

    @Test
    void aVocationalSchoolSharesNoTailWithTheWorksAfterIt() {
        Set<String> all = Recognised.all("竹园职校、松溪风电项目、自来水厂等重点项目顺利推进");
        assertTrue(all.stream().noneMatch(p -> p.equals("职校")), all.toString());
    }

    @Test
    void verbsOfSteppingInAndSpreadingStayOutsideNames() {
        Set<String> projects = Recognised.names("主动介入青松机械厂房招租,大力推广甲乙镇养殖项目", EntityType.PROJECT);
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("介入") || p.startsWith("推广")), projects.toString());
    }
}
