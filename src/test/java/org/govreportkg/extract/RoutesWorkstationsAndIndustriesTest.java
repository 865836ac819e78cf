package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A route between two names keeps its second name where HanLP glued 至 to it; an institute's workstation is a body, a
 * kind of workstation is not; more industry words end firms' short names; adverbs of success and service start no name.
 * Every sentence is invented.
 */
class RoutesWorkstationsAndIndustriesTest {

    @Test
    void aRouteKeepsTheNameHanLPGluedToItsTo() {
        Set<String> places = Recognised.names("推进青岚至上岭旅游公路建设", EntityType.PLACE);
        assertTrue(places.contains("青岚至上岭旅游公路"), places.toString());
    }

    @Test
    void anInstitutesWorkstationIsABody() {
        Set<String> orgs = Recognised.names("青岚农业研究院松溪工作站挂牌成立", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("青岚农业研究院松溪工作站"), orgs.toString());
    }

    @Test
    void aKindOfWorkstationIsNoBody() {
        assertEquals(Set.of(), Recognised.names("新建院士工作站2家", EntityType.ORGANIZATION));
    }

    @Test
    void aFirmsShortNameEndsInItsIndustry() {
        Set<String> orgs = Recognised.names("帮助瑞丰油脂、金禾饲料度过难关", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("瑞丰油脂"), orgs.toString());
        assertTrue(orgs.contains("金禾饲料"), orgs.toString());
    }

    @Test
    void successAndServiceWordsStartNoName() {
        Set<String> all = Recognised.all("靠前服务青岚生物示范产业园,成功引进松溪科技");
        assertTrue(all.stream().noneMatch(p -> p.startsWith("靠前") || p.startsWith("成功")), all.toString());
    }

    @Test
    void theLastLeaderBeforeDengIsANameWithoutIt() {
        Set<String> orgs = Recognised.names("形成了以青岚生物、松韵康鑫、竹岭药业等为龙头的医药产业集群", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("竹岭药业"), orgs.toString());
        assertTrue(orgs.stream().noneMatch(o -> o.endsWith("等")), orgs.toString());
    }
}
