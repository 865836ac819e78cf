package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadedNameRecogniserTest {
    private final Segmenter segmenter = new Segmenter();
    private final HeadedNameRecogniser recogniser = new HeadedNameRecogniser(Lexicon.standard());
    private final CandidateFilter filter = new CandidateFilter(Lexicon.standard());

    private List<String> names(String s, EntityType type) {
        return filter.filter(recogniser.recognise(s, new TokenRefiner().refine(segmenter.segment(s)))).stream()
                .filter(c -> c.type() == type).map(Candidate::surface).toList();
    }

    @Test
    void projectNameStopsAtQuantityAndRelativeClause() {
        assertEquals(List.of("皇岗口岸重建项目"), names("总投资700亿元的皇岗口岸重建项目开工", EntityType.PROJECT));
    }

    @Test
    void genericProjectsAreNotNames() {
        assertEquals(List.of(), names("加快推进一批重点项目和民生项目", EntityType.PROJECT));
    }

    @Test
    void oneCharacterHeadInsideAnOrdinaryWordIsNoInstitution() {
        assertEquals(List.of(), names("推动形成一轴两翼总体布局", EntityType.ORGANIZATION));
    }

    @Test
    void verbGluedOntoAnInstitutionIsCutOff() {
        assertEquals(List.of("荔园教育集团"), names("推进荔园教育集团等名校办新校", EntityType.ORGANIZATION));
    }

    @Test
    void institutionsKeepTheirSplitNameFragments() {
        assertTrue(names("推进深港产业技术研究院建设", EntityType.ORGANIZATION).contains("深港产业技术研究院"));
    }

    @Test
    void quotedCoinedNameBelongsToThePlatform() {
        assertEquals(List.of("“智慧福田”平台"), names("建成“智慧福田”平台", EntityType.PROJECT));
    }

    @Test
    void numberedSlogansAreNotNames() {
        assertEquals(List.of(), names("着力打造四大中心", EntityType.PROJECT));
    }

    @Test
    void aWorkIsNamedAfterTheQuarterItIsBuiltIn() {
        assertTrue(names("推进莲塘尾片区市政道路二期项目建设", EntityType.PROJECT).contains("莲塘尾片区市政道路二期项目"));
    }

    @Test
    void aStreamNeedsANameBeforeItNotAVerb() {
        assertEquals(List.of("横塘水"), names("启动横塘水海绵示范工程", EntityType.PLACE));
        assertEquals(List.of(), names("实施生态补水", EntityType.PLACE));
    }

    @Test
    void ordinaryWordsThatLookHeadedAreNoNames() {
        assertEquals(List.of(), names("构建全方位开放新格局,打造城市会客厅", EntityType.ORGANIZATION));
    }

    @Test
    void aUnitAfterDigitsBelongsToTheNameButACounterDoesNot() {
        assertEquals(List.of("中芯国际12英寸生产线"), names("确保中芯国际12英寸生产线投产", EntityType.PROJECT));
        assertEquals(List.of(), names("新建2座消防站", EntityType.PROJECT));
    }
}
