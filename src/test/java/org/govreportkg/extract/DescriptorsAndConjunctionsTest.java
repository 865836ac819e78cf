package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Words that describe a name or join two names stay outside them. Every sentence is invented. */
class DescriptorsAndConjunctionsTest {

    @Test
    void yiJiEndsAnInvestedItem() {
        Set<String> projects = Recognised.names("投资300亿元的青岩铝材以及松川重工、中联现代农装等重大项目取得进展", EntityType.PROJECT);
        assertTrue(projects.contains("青岩铝材"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.contains("以及")), projects.toString());
    }

    @Test
    void aFirmsKindBeforeItsNameIsNoPartOfIt() {
        Set<String> firms = Recognised.names("引进清洁能源公司金岭集团、文化旅游品牌青岩城集团等一批战略投资者", EntityType.ORGANIZATION);
        assertTrue(firms.contains("金岭集团"), firms.toString());
        assertTrue(firms.contains("青岩城集团"), firms.toString());
        assertTrue(firms.stream().noneMatch(f -> f.startsWith("清洁能源公司金岭") || f.startsWith("品牌")), firms.toString());
    }

    @Test
    void aTrunkRoadIsNamedWithoutTheWordForTrunkRoad() {
        Set<String> places = Recognised.names("南北主干道青溪路即将贯通", EntityType.PLACE);
        assertTrue(places.contains("青溪路"), places.toString());
        assertTrue(places.stream().noneMatch(p -> p.startsWith("主干道")), places.toString());
    }

    @Test
    void whatAFigureLeavesOutIsNamedWithoutTheWordsForLeavingOut() {
        Set<String> places = Recognised.names("收入增长6.5%(不含台州港区)", EntityType.PLACE);
        assertTrue(places.contains("台州港区"), places.toString());
        assertTrue(places.stream().noneMatch(p -> p.startsWith("不") || p.startsWith("含")), places.toString());
    }

    @Test
    void stateOwnedBanksInGeneralAreNoBody() {
        assertTrue(Recognised.names("推动国有银行加大信贷投放", EntityType.ORGANIZATION).isEmpty());
    }

    @Test
    void aDateAfterAnInvestedItemIsNoPartOfIt() {
        Set<String> projects = Recognised.names("其中投资10亿元的青岚绿色铝合金项目6月底试投产,预计9月全面投产", EntityType.PROJECT);
        assertTrue(projects.contains("青岚绿色铝合金项目"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.contains("月")), projects.toString());
    }

    @Test
    void theKindOfRoadBeforeARoadsNameIsNoPartOfIt() {
        Set<String> places = Recognised.names("首条旅游公路青莽公路建成通车", EntityType.PLACE);
        assertTrue(places.contains("青莽公路"), places.toString());
        assertTrue(places.stream().noneMatch(p -> p.startsWith("旅游")), places.toString());
        assertTrue(Recognised.names("加快国道109新线高速建设", EntityType.PLACE).contains("国道109新线高速"));
    }

    @Test
    void theWholeCountyStartsNoName() {
        String sentence = "全旗新能源项目总装机达到120万千瓦";
        assertTrue(Recognised.names(sentence, EntityType.ORGANIZATION).isEmpty());
        assertTrue(Recognised.names(sentence, EntityType.PROJECT).stream().noneMatch(p -> p.startsWith("全旗")));
        assertTrue(Recognised.names("全镇青岚产业园建设加快", EntityType.PLACE).contains("青岚产业园"));
    }

    @Test
    void aFirmNamedAfterARiverIsListedAmongFirms() {
        Set<String> firms = Recognised.names("落户园区企业24家,其中,禾岚纺织、松江环保等亿元级企业9家", EntityType.ORGANIZATION);
        assertTrue(firms.contains("松江环保"), firms.toString());
    }

    @Test
    void aStreetsOfficeIsABodyAlsoWhereHanLPGluedTheTitlesYearToIt() {
        assertTrue(Recognised.names("青岚街道办事处2023年政府工作报告", EntityType.ORGANIZATION).contains("青岚街道办事处"));
        assertTrue(Recognised.names("现在,我代表松溪街道办事处向大会报告工作", EntityType.ORGANIZATION).contains("松溪街道办事处"));
    }
}
