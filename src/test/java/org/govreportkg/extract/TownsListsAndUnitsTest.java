package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A town's report: its short name, the county that leads it, its congress's presidium; lists sharing a head HanLP cut
 * in two; co-operatives and railway units as bodies; a unit's tail, bottled water and slogans as no names. Every
 * sentence is invented; the places are the gazetteer's.
 */
class TownsListsAndUnitsTest {

    private static Entity labelled(Extraction extraction, String label) {
        return extraction.entities().stream().filter(e -> e.prefLabel().equals(label) || e.altLabels().contains(label))
                .findFirst().orElseThrow(() -> new AssertionError(label + " in " + extraction.entities()));
    }

    @Test
    void aTownsShortNameIsTheTownNotTheCityOfThatName() {
        Extraction e = Recognised.issuedBy("舟山镇人民政府",
                "舟山镇2023年政府工作报告\n各位代表:\n现在,我代表镇人民政府向大会报告工作。一年来,舟山茶叶产业稳步发展,全镇经济持续向好。");
        Entity town = labelled(e, "舟山");
        assertEquals("舟山镇", town.prefLabel(), town.toString());
    }

    @Test
    void aTownsReportTakesItsCountyFromTheLeadersItThanks() {
        Extraction e = Recognised.issuedBy("安庆镇人民政府", "安庆镇2023年政府工作报告\n各位代表:\n"
                + "一年来,在松山区委、区政府和镇党委的坚强领导下,全镇上下认真贯彻区委全会部署,经济社会稳步发展。");
        Entity committee = labelled(e, "区委");
        assertTrue(committee.prefLabel().contains("松山区") || committee.altLabels().contains("松山区委"), committee.toString());
    }

    @Test
    void aTownsCongressSitsAsItsPresidium() {
        Extraction e = Recognised.issuedBy("安庆镇人民政府", "安庆镇2023年政府工作报告\n各位代表:\n"
                + "一年来,在镇党委的坚强领导下,在镇人大主席团的监督支持下,全镇经济稳步发展。");
        Entity presidium = labelled(e, "镇人大主席团");
        assertEquals(EntityType.ORGANIZATION, presidium.types().iterator().next());
        assertTrue(e.entities().stream().noneMatch(x -> x.prefLabel().equals("镇人大") || x.altLabels().contains("镇人大")),
                e.entities().toString());
    }

    @Test
    void namesListedBeforeAHeadHanLPCutInTwoShareIt() {
        Set<String> all = Recognised.all("青岚、松溪、竹园、枫林等小微园相继开工");
        // the span is the bare name; the resolver labels it with the shared head
        assertTrue(all.containsAll(List.of("青岚", "松溪", "竹园", "枫林")), all.toString());
    }

    @Test
    void aListWhoseItemsAreKindsSharesNoHead() {
        Set<String> places = Recognised.names("加快高铁、铁路等通道建设", EntityType.PLACE);
        assertTrue(places.stream().noneMatch(p -> p.startsWith("高铁") || p.startsWith("铁路")), places.toString());
    }

    @Test
    void aCooperativeAndARailwayDepotAreBodies() {
        Set<String> orgs = Recognised.names("青岚益农合作社扩大种植规模,松溪机务段完成改造", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("青岚益农合作社"), orgs.toString());
        assertTrue(orgs.contains("松溪机务段"), orgs.toString());
    }

    @Test
    void cooperativesInGeneralAreNoBody() {
        assertEquals(Set.of(), Recognised.names("发展农民专业合作社和家庭农场", EntityType.ORGANIZATION));
    }

    @Test
    void aWattsTailIsNoName() {
        Set<String> all = Recognised.all("稳步推进青岚新能源基地松溪300万千瓦光伏等8个社会投资项目落地");
        assertTrue(all.stream().noneMatch(p -> p.startsWith("瓦")), all.toString());
    }

    @Test
    void bottledSpringWaterIsNoPlace() {
        Set<String> places = Recognised.names("青岚天然山泉水通过产品认证", EntityType.PLACE);
        assertTrue(places.stream().noneMatch(p -> p.endsWith("水")), places.toString());
    }

    @Test
    void aTopPriorityIsNoProject() {
        assertFalse(Recognised.names("始终将招商引资作为头号工程", EntityType.PROJECT).contains("头号工程"));
    }

    @Test
    void aCountysShortFormReadAsAVerbNamesItOnlyAtHome() {
        // 同心 is a county of the same province: plausible by province, but here the verb of a set phrase
        Extraction e = Recognised.issuedBy("望远镇人民政府", "望远镇2023年政府工作报告\n各位代表:\n"
                + "一年来,在永宁县委、县政府的坚强领导下,全镇上下勠力同心、勇毅前行。");
        assertTrue(e.entities().stream().noneMatch(x -> x.prefLabel().startsWith("同心")), e.entities().toString());
    }
}
