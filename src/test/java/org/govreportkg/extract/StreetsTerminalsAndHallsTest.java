package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Shopping and food streets are places; an airport's terminal, a heating plant, a museum's new hall and resettlement
 * housing are works; what a name includes in parentheses (含…) is no part of it. Every sentence is invented.
 */
class StreetsTerminalsAndHallsTest {

    @Test
    void shoppingAndFoodStreetsArePlaces() {
        Set<String> places = Recognised.names("松溪国际广场、青岚商业街和竹园美食街人气旺盛", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("青岚商业街", "竹园美食街")), places.toString());
    }

    @Test
    void aTerminalAndAHeatingPlantAreWorks() {
        Set<String> projects = Recognised.names("青岚机场T3航站楼开工,松溪热源厂建成", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("青岚机场T3航站楼", "松溪热源厂")), projects.toString());
    }

    @Test
    void whatANameIncludesIsNoPartOfIt() {
        Set<String> places = Recognised.names("青岚小区(含松溪新村)改造完成", EntityType.PLACE);
        assertTrue(places.contains("青岚小区"), places.toString());
        assertTrue(places.stream().noneMatch(p -> p.endsWith("小区(含松溪新村)")), places.toString());
    }

    @Test
    void aMuseumsNewHallAndResettlementHousingAreWorks() {
        Set<String> projects = Recognised.names("青岚博物馆新馆正式开放,松溪路安置房加快建设", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("青岚博物馆新馆", "松溪路安置房")), projects.toString());
    }

}
