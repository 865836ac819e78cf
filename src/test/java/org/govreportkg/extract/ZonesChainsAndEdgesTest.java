package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms added in the fifth round, on error kinds of report excerpts from other cities (not committed:
 * third-party text). Every sentence is invented; names are made up or are real divisions and regions of the
 * general gazetteer.
 */
class ZonesChainsAndEdgesTest {
    private static Set<String> names(String sentence, EntityType type) {
        return Recognised.names(sentence, type);
    }

    @Test
    void specialBondAndPolicyFinanceProjectsAreKindsNotProjects() {
        Set<String> all = Recognised.all("专项债项目支出进度、政策性开发性金融工具项目签约额居前列");
        assertFalse(all.contains("专项债项目"), all.toString());
        assertFalse(all.contains("政策性开发性金融工具项目"), all.toString());
    }

    @Test
    void powerPlantsDemonstrationParksAndBeltsAreNamedByTheirHeads() {
        assertTrue(names("沐川电厂建成投产", EntityType.PROJECT).contains("沐川电厂"));
        assertTrue(names("沐川茶叶产业示范园成为国家级园区", EntityType.PROJECT).contains("沐川茶叶产业示范园"));
        assertTrue(names("推进翠屏山绿色发展示范带建设", EntityType.PLACE).contains("翠屏山绿色发展示范带"));
    }

    @Test
    void grottoesAndTouristAreasArePlacesAndFoundationsAreOrganizations() {
        assertTrue(names("沐云旅游区创建5A级景区", EntityType.PLACE).contains("沐云旅游区"));
        assertTrue(names("翠屏石窟保护取得新进展", EntityType.PLACE).contains("翠屏石窟"));
        assertTrue(names("成立翠屏石窟保护基金会", EntityType.ORGANIZATION).contains("翠屏石窟保护基金会"));
    }

    @Test
    void centralVillagesSmallTownsAndTheCountrysideAreNoPlaces() {
        assertEquals(Set.of(), names("建成美丽乡村中心村12个,推进水美乡村建设,小城镇面貌改善", EntityType.PLACE));
    }

    @Test
    void aRegionNamedWithItsAreaWordIsOnePlace() {
        assertTrue(names("联动推进长三角地区市场体系建设", EntityType.PLACE).contains("长三角地区"));
    }

    @Test
    void aVerbBeforeAPlaceStartsTheClauseNotTheName() {
        Set<String> places = names("大力发展赣州都市圈", EntityType.PLACE);
        assertTrue(places.contains("赣州都市圈"), places.toString());
        assertFalse(places.contains("发展赣州都市圈"), places.toString());
    }

    @Test
    void aLineBetweenTwoPlacesIsNamedFromTheFirst() {
        assertTrue(names("开工建设赣州至吉安特高压工程", EntityType.PROJECT).contains("赣州至吉安特高压工程"));
        assertTrue(names("吉安—赣州—韶关500千伏输变电工程竣工", EntityType.PROJECT).contains("吉安—赣州—韶关500千伏输变电工程"));
    }

    @Test
    void zeroCarbonIsAWordOfANameNotACount() {
        assertTrue(names("沐川零碳产业园开工建设", EntityType.PLACE).contains("沐川零碳产业园"));
    }

    @Test
    void aNameStartsWhereTheKnownPlaceItCutsIntoStarts() {
        String sentence = "建成沐翠城通用机场";
        Candidate place = new Candidate("沐翠城", EntityType.PLACE, 2, 5, "gazetteer");
        Candidate cut = new Candidate("翠城通用机场", EntityType.PLACE, 3, 9, "head:机场");
        List<Candidate> repaired = new LeftEdgeRepair().repair(sentence, List.of(place, cut));
        assertEquals(List.of("沐翠城", "沐翠城通用机场"), repaired.stream().map(Candidate::surface).toList());
    }

    @Test
    void aVillageNameDoesNotStartWithItsDistrict() {
        Set<String> places = names("南山区翠屏村获评全国乡村治理示范村", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("南山区", "翠屏村")), places.toString());
        assertFalse(places.contains("南山区翠屏村"), places.toString());
    }

    @Test
    void theTailOfANameAfterAPlaceIsItsShortForm() {
        ReportMetadata e = ReportMetadata.empty();
        Extraction x = ReportExtractor.standard().extract(new CleanReport("t", URI.create("file:/t.txt"),
                "长三角地区一体化加快推进。推进长三角地区沐翠科创走廊建设。沐翠科创走廊建设成效明显。",
                new ReportMetadata(e.title(), Optional.of("深圳市人民政府"), e.year(), e.delivered(), e.speaker(),
                        e.speakerRole(), e.session())));
        List<Entity> corridor = x.entities().stream().filter(en -> en.prefLabel().endsWith("科创走廊")).toList();
        assertEquals(1, corridor.size(), x.entities().toString());
        assertEquals("长三角地区沐翠科创走廊", corridor.get(0).prefLabel());
        assertTrue(corridor.get(0).altLabels().contains("沐翠科创走廊"), corridor.toString());
    }

    @Test
    void aProductionLineIsItsFirms() {
        Set<String> orgs = names("沐翠达生产线扩建、沐光泵业二期等6个项目竣工投产", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("沐翠达"), orgs.toString());
    }

    @Test
    void aFirmIsNamedByAShortNameAndItsIndustryWithoutAFrame() {
        Set<String> orgs = names("岚翠纺织扩产增效,沐辰制药扩大产能,翠川钢铁转型升级", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("岚翠纺织", "沐辰制药", "翠川钢铁")), orgs.toString());
    }

    @Test
    void anIndustryWordInsideALongerNameOrAfterADescriptionNamesNoFirm() {
        Set<String> orgs = names("纳入广深科技创新走廊,发展新能源汽车和冷链食品,绿色食品产业壮大", EntityType.ORGANIZATION);
        assertEquals(Set.of(), orgs);
    }

    @Test
    void worksOnANamedRiverOrFirmAreProjects() {
        Set<String> projects = names("沐溪河综合治理、翠湖堤防加固、岚翠纺织技改全面完成", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("沐溪河综合治理", "岚翠纺织技改")), projects.toString());
    }

    @Test
    void aWorksVerbAfterAListOrASloganNamesNoProject() {
        Set<String> all = Recognised.all("呈现稳定恢复、稳中加固、稳中向好的态势,按照以事定费、法人治理的方式推进改革");
        assertFalse(all.contains("稳中加固"), all.toString());
        assertFalse(all.contains("法人治理"), all.toString());
        assertFalse(all.contains("法人"), all.toString());
    }

    @Test
    void actionVerbsDoNotStartNames() {
        Set<String> all = Recognised.all("投运沐川固废处置中心,锚定沐翠低碳发展示范区");
        assertFalse(all.stream().anyMatch(n -> n.startsWith("投运") || n.startsWith("锚定")), all.toString());
    }

    @Test
    void aNumbersUnitBeforeACommonWordIsNoTown() {
        assertEquals(Set.of(), names("4.5万城镇贫困群众脱贫解困", EntityType.PLACE));
    }

    @Test
    void aVerbsCharacterGluedToTheAutonomousRegionIsNoPlace() {
        assertFalse(names("锚定自治区闯新路的目标", EntityType.PLACE).contains("定自治区"));
    }

    @Test
    void theBodiesOfAnAutonomousPrefectureAreNotACountyLevelCitysOwn() {
        ReportScope city = new ReportScope("吉首市人民政府", Optional.empty(), Optional.of("吉首市"), Optional.empty());
        assertEquals(Optional.empty(), city.placeFor('州'));
        assertEquals(Optional.of("吉首市"), city.placeFor('市'));
        ReportScope prefecture = new ReportScope("恩施州人民政府", Optional.empty(), Optional.of("恩施州"), Optional.empty());
        assertEquals(Optional.of("恩施州"), prefecture.placeFor('州'));
    }

    @Test
    void anExtensionOfAPhaseIsTheProject() {
        Set<String> projects = names("沐川大道四期延伸段全面贯通", EntityType.PROJECT);
        assertTrue(projects.contains("沐川大道四期延伸段"), projects.toString());
        assertFalse(projects.contains("沐川大道四期"), projects.toString());
    }

    @Test
    void treasuryBondSuspendedAndHousingProjectsAreKinds() {
        assertEquals(Set.of(), names("争取国债项目12个,盘活停缓项目,推进楼宇项目和民生实事项目,实施居民迁建工程", EntityType.PROJECT));
    }

    @Test
    void countedPlacesAndGenericStreetsParksAndRiversAreNoNames() {
        Set<String> all = Recognised.all("完成17处背街小巷改造提升,建成口袋公园8个,整治区主干道和跨界河,建设中心镇3个");
        assertFalse(all.stream().anyMatch(n -> n.startsWith("17处") || n.contains("口袋公园") || n.contains("主干道")
                || n.equals("跨界河") || n.equals("中心镇")), all.toString());
    }

    @Test
    void organicAndBreedingBasesAreKinds() {
        assertEquals(Set.of(), names("建成有机茶基地和种猪养殖项目", EntityType.PROJECT));
    }

    @Test
    void aListedFirmsProductLineIsAProjectWhateverHanlpMadeOfTheFirmsName() {
        Set<String> projects = names("沐岚制药高端原料药、翠川科技智能穿戴部件等项目实现投产", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("沐岚制药高端原料药", "翠川科技智能穿戴部件")), projects.toString());
    }

    @Test
    void aVerbOrAKindBeforeAnIndustryWordMakesNoFirmsProduct() {
        Set<String> projects = names("带动导航芯片研发生产、有害生物防控等项目", EntityType.PROJECT);
        assertFalse(projects.contains("带动导航芯片研发生产"), projects.toString());
        assertFalse(projects.contains("有害生物防控"), projects.toString());
    }

    @Test
    void aRouteBetweenTwoPlacesJoinedByAHyphenIsOneRoute() {
        Set<String> all = Recognised.all("开工建设吉安-赣州高速,推进南昌-九江城际铁路");
        assertTrue(all.containsAll(Set.of("吉安-赣州高速", "南昌-九江城际铁路")), all.toString());
    }

    @Test
    void aWorkingCommitteeIsAnOrganization() {
        assertTrue(names("在沐川开发区党工委的领导下", EntityType.ORGANIZATION).contains("沐川开发区党工委"));
    }

    @Test
    void aCitysPositioningAsARegionalOrGlobalCentreIsNoFacility() {
        assertEquals(Set.of(), names("加快建设赣州区域中心和全球金融中心", EntityType.PROJECT));
        assertTrue(names("沐川国际会展中心开工建设", EntityType.PROJECT).contains("沐川国际会展中心"));
    }

    @Test
    void anAutonomousPrefecturesReportSpeaksForThePrefecture() {
        ReportMetadata e = ReportMetadata.empty();
        Extraction x = ReportExtractor.standard().extract(new CleanReport("t", URI.create("file:/t.txt"),
                "各位代表:\n过去一年,我州经济平稳增长,在州政协的监督支持下,延边州综合实力增强。",
                new ReportMetadata(e.title(), Optional.of("延边州人民政府"), e.year(), e.delivered(), e.speaker(),
                        e.speakerRole(), e.session())));
        List<Entity> places = x.entities().stream().filter(en -> en.types().contains(EntityType.PLACE)).toList();
        assertEquals(1, places.size(), places.toString());
        assertEquals(Optional.of("222400"), places.get(0).divisionCode());
        assertTrue(places.get(0).altLabels().contains("我州"), places.toString());
        assertTrue(x.entities().stream().anyMatch(en -> en.key().equals("中国人民政治协商会议延边州委员会")),
                x.entities().toString());
    }

    @Test
    void aCityEndingInZhouIsStillACity() {
        ReportScope scope = ReportScope.of(new CleanReport("t", URI.create("file:/t.txt"), "各位代表:",
                new ReportMetadata(Optional.empty(), Optional.of("郑州市金水区人民政府"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty())), s -> s);
        assertEquals(Optional.of("郑州市"), scope.city());
        assertEquals(Optional.of("金水区"), scope.district());
    }

    @Test
    void aFarCountysNameReadAsAVerbInASloganIsNoPlace() {
        assertFalse(names("突出产业兴县、新型工业化强县建设", EntityType.PLACE).contains("兴县"));
    }

    @Test
    void investmentAttractionProjectsAreAKind() {
        assertEquals(Set.of(), names("全年引进招商项目120个", EntityType.PROJECT));
    }

    @Test
    void waterworksAndResearchFacilitiesAreProjects() {
        Set<String> projects = names("沐川水厂扩建,推进沐翠先进光源、土壤生态立体监测模拟研究设施等预研", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("沐川水厂扩建", "土壤生态立体监测模拟研究设施")), projects.toString());
        assertFalse(projects.stream().anyMatch(p -> p.startsWith("光源")), projects.toString());
    }

    @Test
    void aPrefectureWithALongOfficialNameIsTheReportsScope() {
        ReportScope scope = ReportScope.of(new CleanReport("t", URI.create("file:/t.txt"), "各位代表:",
                new ReportMetadata(Optional.empty(), Optional.of("黔东南苗族侗族自治州人民政府"), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())), s -> s);
        assertEquals(Optional.of("黔东南苗族侗族自治州"), scope.placeFor('州'));
    }

    @Test
    void worksRightAfterASectionOfARiverAreNamedAfterTheSection() {
        String sentence = "完成沐溪河翠庄段人工湿地项目";
        Candidate section = new Candidate("沐溪河翠庄段", EntityType.PROJECT, 2, 8, RouteSectionRecogniser.RULE);
        Candidate works = new Candidate("人工湿地项目", EntityType.PROJECT, 8, 14, "head:项目");
        List<Candidate> repaired = new LeftEdgeRepair().repair(sentence, List.of(section, works));
        assertEquals(List.of("沐溪河翠庄段", "沐溪河翠庄段人工湿地项目"), repaired.stream().map(Candidate::surface).toList());
        Set<String> projects = names("完成沐溪河布吉段人工湿地水质净化项目", EntityType.PROJECT);
        assertTrue(projects.contains("沐溪河布吉段人工湿地水质净化项目"), projects.toString());
    }
}
