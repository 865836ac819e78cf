package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A nuclear plant (甲乙核电) or a wind farm (甲乙风电场) is named by its site and its kind. Every sentence is invented. */
class PlantHeadsTest {
    private static Set<String> projects(String sentence) {
        return Recognised.names(sentence, EntityType.PROJECT);
    }

    @Test
    void aSiteBeforeNuclearPowerNamesThePlant() {
        assertEquals(Set.of("青岩核电"), projects("开工建设青岩核电"));
    }

    @Test
    void aPlantSplitByTheSegmenterIsStillNamedByItsSite() {
        assertTrue(projects("推进徐家堡核电、甲乙抽水蓄能电站顺利实施").contains("徐家堡核电"));
    }

    @Test
    void nuclearPowerAsAnIndustryNamesNoPlant() {
        assertEquals(Set.of(), projects("大力发展核电产业"));
    }

    @Test
    void equipmentListedBeforeAPlantSharesNoHeadWithIt() {
        Set<String> projects = projects("海上风电及装备、青岩核电二期等项目开工");
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("装备")), projects.toString());
    }

    @Test
    void aWindFarmIsNamedByItsSite() {
        assertEquals(Set.of("青岩风电场"), projects("青岩风电场建成并网"));
    }
}
