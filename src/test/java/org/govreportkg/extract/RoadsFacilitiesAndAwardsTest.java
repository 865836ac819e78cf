package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govreportkg.ingest.CleanReport;
import org.govreportkg.ingest.ReportMetadata;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms added in the fourth round, on error kinds of report excerpts from other cities (not committed:
 * third-party text). Every sentence here is invented; the names are made up.
 */
class RoadsFacilitiesAndAwardsTest {
    private static Set<String> names(String sentence, EntityType type) {
        return Recognised.names(sentence, type);
    }

    @Test
    void roadsAreNamedByTheirRouteCodes() {
        Set<String> places = names("完成G318、S215改造,X012县道加宽", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("G318", "S215", "X012")), places.toString());
        assertTrue(names("完成S26线改造", EntityType.PLACE).contains("S26"));
        assertTrue(names("G56沐瑞高速扩容", EntityType.PLACE).contains("G56沐瑞高速"));
    }

    @Test
    void aSummitNamedByANumberIsNoRoad() {
        assertFalse(Recognised.all("承办G20峰会配套活动").contains("G20"));
        assertFalse(Recognised.all("建成5G基站1200个").stream().anyMatch(s -> s.startsWith("G")));
    }

    @Test
    void expresswaysTrunkRoadsAndLinksAreRoads() {
        Set<String> places = names("沐溪快线、翠屏干道和G215城区连接线建成通车", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("沐溪快线", "翠屏干道", "G215城区连接线")), places.toString());
    }

    @Test
    void aSectionNamedByItsSideOrPhaseIsAProject() {
        Set<String> projects = names("翠屏大道东段、沐云高速先行段建成通车", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("翠屏大道东段", "沐云高速先行段")), projects.toString());
    }

    @Test
    void anExitOfAnExpresswayAtAPlaceIsAProject() {
        Set<String> projects = names("建成沈海高速坪山出口", EntityType.PROJECT);
        assertTrue(projects.contains("沈海高速坪山出口"), projects.toString());
    }

    @Test
    void aConjunctThatEndsAFoundNameSharesNoTail() {
        Set<String> all = Recognised.all("翠屏大道西段、沐光小学地下停车场全面完工");
        assertFalse(all.contains("西段小学地下停车场"), all.toString());
        assertFalse(all.contains("西段"), all.toString());
        assertTrue(all.contains("沐光小学地下停车场"), all.toString());
    }

    @Test
    void reservoirsSluicesCarParksAndHospitalBlocksAreProjects() {
        Set<String> projects = names("沐岩水库建设完成,翠亭水闸开工建设,区妇幼保健院综合楼加快推进", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("沐岩水库", "翠亭水闸", "区妇幼保健院综合楼")), projects.toString());
    }

    @Test
    void namedResettlementEstatesArePlacesAndTheirKindIsNone() {
        Set<String> places = names("安置房项目沐图家园主体建成,翠滨佳苑加快推进", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("沐图家园", "翠滨佳苑")), places.toString());
        assertFalse(names("安置房项目沐图家园主体建成", EntityType.PROJECT).contains("安置房项目"));
        assertEquals(Set.of(), names("共建美丽家园", EntityType.PLACE));
    }

    @Test
    void aZoneNamedByItsSideOfTownIsAPlaceButASideAloneIsNot() {
        assertTrue(names("规划建设城北新区", EntityType.PLACE).contains("城北新区"));
        assertFalse(names("推动东部新区建设", EntityType.PLACE).contains("东部新区"));
    }

    @Test
    void aDistrictHanlpGluedToTheJoiningWordIsStillFound() {
        // HanLP reads 龙华至 as one unknown name; the gazetteer's district is still there
        assertTrue(names("开通龙华至观澜公交", EntityType.PLACE).contains("龙华"));
    }

    @Test
    void aMeasureBeforeAKindIsNoPartOfAName() {
        Set<String> all = Recognised.all("形成3公里公园景观带");
        assertFalse(all.stream().anyMatch(s -> s.startsWith("3")), all.toString());
    }

    @Test
    void theOldTownIsNoAdministrativeUnitInsideAWorksName() {
        assertTrue(names("老城区供热保障改造工程全面完工", EntityType.PROJECT).contains("老城区供热保障改造工程"));
    }

    @Test
    void firmsThatWinAnAwardAreOrganizationsAndTheAwardIsNoProject() {
        String sentence = "沐肯新材料、翠中数控获评省级工业设计中心";
        Set<String> orgs = names(sentence, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("沐肯新材料", "翠中数控")), orgs.toString());
        Set<String> projects = names(sentence, EntityType.PROJECT);
        assertFalse(projects.stream().anyMatch(p -> p.contains("工业设计中心")), projects.toString());
        assertFalse(names("翠岭经开区入选全省首批数字经济标杆园区", EntityType.PLACE).stream().anyMatch(p -> p.contains("标杆园区")));
        assertTrue(names("翠岭经开区入选全省首批数字经济标杆园区", EntityType.PLACE).contains("翠岭经开区"));
    }

    @Test
    void aNationalCentreIsStillAName() {
        assertTrue(names("建设国家级沐川高端器件创新中心", EntityType.PROJECT).stream().anyMatch(p -> p.endsWith("沐川高端器件创新中心")));
    }

    @Test
    void stationUsedAsAVerbIsNoStation() {
        assertEquals(Set.of(), names("翠州发展站在新的历史起点上", EntityType.PLACE).stream()
                .filter(p -> p.endsWith("站")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void centralMinistriesAreFoundByFullAndShortFormsAsOneBody() {
        Set<String> orgs = names("获国家发改委、工信部批复,商务部支持", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("国家发改委", "工信部", "商务部")), orgs.toString());
        Optional<Candidate> short1 = ReportExtractor.standard().recognise("获工信部批复", Scopes.PINGSHAN, Optional.empty())
                .stream().filter(c -> c.surface().equals("工信部")).findFirst();
        assertEquals(Optional.of("工业和信息化部"), short1.flatMap(Candidate::key));
        assertFalse(names("教育部门和财政部门联合", EntityType.ORGANIZATION).stream().anyMatch(o -> o.endsWith("部")));
        Set<String> stateOwned = names("国务院国资委批复", EntityType.ORGANIZATION);
        assertEquals(Set.of("国务院国资委"), stateOwned);
    }

    @Test
    void theFirmAProjectPhaseOrAGluedFacilityIsNamedAfterIsAnOrganization() {
        Set<String> orgs = names("翠特斯二期、沐元三期顺利投产", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("翠特斯", "沐元")), orgs.toString());
        assertTrue(names("沐岚科技制造基地签约后即全面开工", EntityType.ORGANIZATION).contains("沐岚科技"));
        // an ordinary word before the industry is no firm (国家|新能源汽车基地)
        assertEquals(Set.of(), names("扩大国家新能源汽车基地领先优势", EntityType.ORGANIZATION));
    }

    @Test
    void firmsThatBecomeADesignatedKindAreOrganizations() {
        Set<String> orgs = names("翠龙矿业、沐鸣钢铁成为省创新型领军企业", EntityType.ORGANIZATION);
        assertEquals(Set.of("翠龙矿业", "沐鸣钢铁"), orgs);
        assertFalse(names("成为全国重要的太阳能光伏产业基地", EntityType.PROJECT).stream().anyMatch(p -> p.endsWith("基地")));
    }

    @Test
    void aCongressNamedByItsTermIsTheCongress() {
        Optional<Candidate> term = ReportExtractor.standard().recognise("完成了区十七届人大五次会议确定的目标任务", Scopes.PINGSHAN,
                Optional.empty()).stream().filter(c -> c.type() == EntityType.ORGANIZATION).findFirst();
        assertEquals(Optional.of("区十七届人大"), term.map(Candidate::surface));
        assertEquals(Optional.of("深圳市坪山区人民代表大会"), term.flatMap(Candidate::key));
    }

    @Test
    void thePartyAndTheCountryAreNamedAsOneEntityEach() {
        assertEquals(Set.of("中国共产党"), names("纪念中国共产党成立100周年", EntityType.ORGANIZATION));
        Optional<Candidate> ours = ReportExtractor.standard().recognise("我国经济总量稳居世界第二", Scopes.PINGSHAN, Optional.empty())
                .stream().filter(c -> c.surface().equals("我国")).findFirst();
        assertEquals(Optional.of("中华人民共和国"), ours.flatMap(Candidate::key));
    }

    @Test
    void fairsAndTheNewVersionOfAPlaceAreNoEntities() {
        Set<String> all = Recognised.all("翠沐文博会荣获大奖,建设幸福美好新深圳");
        assertFalse(all.contains("翠沐文博会"), all.toString());
        assertFalse(all.contains("新深圳"), all.toString());
    }

    @Test
    void aZoneLinkedToAFreeTradeZoneKeepsItsWholeName() {
        Set<String> places = names("获批翠岚自贸试验区联动创新区", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("翠岚自贸试验区", "翠岚自贸试验区联动创新区")), places.toString());
    }

    @Test
    void prefectureAndAutonomousRegionBodiesAreOfficialBodies() {
        Set<String> orgs = names("州委州政府成立领导小组,自治区党委高度重视", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("州委", "州政府", "自治区党委")), orgs.toString());
    }

    @Test
    void wordsDescribingAFirmAreNoPartOfItsName() {
        Set<String> orgs = names("引进世界500强企业沐利控股集团、领军企业翠联环保科技等20户企业入驻园区", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("沐利控股集团"), orgs.toString());
        assertFalse(orgs.stream().anyMatch(o -> o.contains("企业")), orgs.toString());
    }

    @Test
    void theUnitOfACapacityIsNoPartOfAProjectName() {
        Set<String> all = Recognised.all("实施总装机26.9万千瓦光伏项目9个");
        assertFalse(all.contains("瓦光伏项目"), all.toString());
    }

    @Test
    void phasesOfANumberedLineKeepTheLine() {
        Set<String> projects = names("启动轨道交通3号线一期工程、1号线二期工程", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("轨道交通3号线一期工程", "1号线二期工程")), projects.toString());
        assertFalse(projects.stream().anyMatch(p -> p.startsWith("线")), projects.toString());
    }

    @Test
    void aHospitalOfAUniversityByItsOrdinalIsOneName() {
        Set<String> orgs = names("沐岚大学第一医院翠州医院正式揭牌", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("沐岚大学第一医院翠州医院"), orgs.toString());
    }

    @Test
    void roadsByClassAndNumberAreRoads() {
        assertTrue(names("推进国道108线等过境段公路建设", EntityType.PLACE).contains("国道108线"));
    }

    @Test
    void regionsOfCitiesEconomicZonesAndEstatesArePlaces() {
        Set<String> places = names("融入沐州中部城市群,建设翠忻经济区,完成沐心小区一期和小沐桥村改造", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("沐州中部城市群", "翠忻经济区", "沐心小区", "小沐桥村")), places.toString());
        assertEquals(Set.of(), names("推进城中村改造,组织干部进村入户", EntityType.PLACE));
    }

    @Test
    void administrativeCommitteesIncubatorsAndReservesAreNamed() {
        assertTrue(names("翠州产业园区管委会挂牌成立", EntityType.ORGANIZATION).contains("翠州产业园区管委会"));
        Set<String> projects = names("沐山中小企业孵化园投入使用,建成翠山粮食储备库", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("沐山中小企业孵化园", "翠山粮食储备库")), projects.toString());
        assertFalse(names("建成20万吨粮食储备库", EntityType.PROJECT).contains("粮食储备库"));
    }

    @Test
    void continentsArePlaces() {
        assertTrue(names("产品远销欧洲和东南亚", EntityType.PLACE).containsAll(Set.of("欧洲", "东南亚")));
    }

    @Test
    void aKindCountedAfterItsHeadIsNoProject() {
        assertEquals(Set.of(), names("全市新引进翠州产业项目195个、高层次人才350名", EntityType.PROJECT));
        assertEquals(Set.of(), names("实施智能工厂、智能生产线项目10个", EntityType.PROJECT));
    }

    @Test
    void districtsListedTogetherAreDistrictsEvenFarAway() {
        // short forms of three districts of one city in another province: named together, they are that city's districts
        Set<String> places = names("联合徐汇、普陀实施一体化发展行动", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("徐汇", "普陀")), places.toString());
    }

    @Test
    void aCountOfKindsBeforeAHeadIsNoPartOfAName() {
        Set<String> all = Recognised.all("沐山中小企业孵化园5大园区实现产值10亿元");
        assertFalse(all.stream().anyMatch(n -> n.contains("5大")), all.toString());
    }

    @Test
    void aWordDescribingAPlaceIsNoPartOfARiverName() {
        Set<String> places = names("发展生态农业柳河两岸观光带", EntityType.PLACE);
        assertFalse(places.contains("农业柳河"), places.toString());
    }

    @Test
    void aConjunctThatOnlyDescribesSharesNoTail() {
        Set<String> all = Recognised.all("推动沐园4A级景区、翠河山庄3A级景区创建");
        assertFalse(all.contains("景区山庄"), all.toString());
        assertTrue(names("推动沐园4A级景区、翠河山庄3A级景区创建", EntityType.PLACE).contains("翠河山庄"));
    }

    @Test
    void cityWallsAreNamedPlacesAndTheirRepairIsAProject() {
        assertTrue(names("完成沐平府城墙修缮", EntityType.PROJECT).contains("沐平府城墙修缮"));
    }

    @Test
    void bodiesWhoseSupportAReportAcknowledgesAreOrganizations() {
        Set<String> orgs = names("在区人大、政协的监督下,在沐河油田的鼎力支持下,我们全面完成任务", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("沐河油田"), orgs.toString());
    }

    @Test
    void subjectsOfANationalPrizeAreOrganizationsEvenInOrdinaryWords() {
        Set<String> orgs = names("烽雪通信荣获中国工业大奖,翠德车桥获国家科技进步一等奖", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("烽雪通信", "翠德车桥")), orgs.toString());
        assertEquals(Set.of(), names("全市企业荣获国家级奖项", EntityType.ORGANIZATION));
    }

    @Test
    void firmsListedByTheirIndustryAreOrganizations() {
        Set<String> orgs = names("沐乐电缆、富贵食品等9家企业成为全省隐形冠军企业", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("沐乐电缆", "富贵食品")), orgs.toString());
    }

    @Test
    void projectsNamedOnlyByCapacityAndProductAreNoNames() {
        Set<String> projects = names("3万吨电解锌、15万吨市储粮等重大项目相继开工建设", EntityType.PROJECT);
        assertFalse(projects.contains("电解锌"), projects.toString());
        assertFalse(projects.contains("市储粮"), projects.toString());
    }

    @Test
    void aListGoesOnBeforeAnItemWithAQuotedName() {
        Set<String> projects = names("雄沐索道、工控“进未来”标准厂房等16个项目开工建设", EntityType.PROJECT);
        assertTrue(projects.contains("雄沐索道"), projects.toString());
    }

    @Test
    void streetsAreNamedPlacesButSlogansAreNot() {
        assertTrue(names("改造沐亭街和翠平路", EntityType.PLACE).contains("沐亭街"));
        assertFalse(Recognised.all("实施固本强街工程").contains("固本强街"));
    }

    @Test
    void aDesignationWonIsNoPlace() {
        Set<String> places = names("取得显著成绩创成国家现代农业产业园", EntityType.PLACE);
        assertFalse(places.stream().anyMatch(p -> p.endsWith("产业园")), places.toString());
    }

    @Test
    void aSecondBodyAfterTheFirstSharesItsLevel() {
        Optional<Candidate> cppcc = ReportExtractor.standard().recognise("在区人大、政协的监督和支持下", Scopes.PINGSHAN, Optional.empty())
                .stream().filter(c -> c.surface().equals("政协")).findFirst();
        assertEquals(Optional.of("中国人民政治协商会议深圳市坪山区委员会"), cppcc.flatMap(Candidate::key));
    }

    @Test
    void squaresArePlaces() {
        assertTrue(names("沐龙万象广场、翠宁广场建成开业", EntityType.PLACE).containsAll(Set.of("沐龙万象广场", "翠宁广场")));
    }

    @Test
    void aPlaceNamedWithANumeralKeepsIt() {
        List<Token> refined = new TokenRefiner().refine(List.of(new Token("以", "p", 0), new Token("三", "m", 1), new Token("江源", "ns", 2)));
        assertEquals(List.of("以", "三江源"), refined.stream().map(Token::word).toList());
    }

    @Test
    void aProvinceHanlpGluedToWhatFollowsIsStillTheProvince() {
        assertTrue(names("落实关于辽宁振兴发展的重要讲话精神", EntityType.PLACE).contains("辽宁"));
    }

    @Test
    void theOwnCityOfACountyLevelCityReportIsOneEntityWithItsDivision() {
        CleanReport report = new CleanReport("yiwu", java.net.URI.create("file:///yiwu.txt"),
                "各位代表:\n我市经济平稳发展,义乌市综合实力显著增强。",
                new ReportMetadata(Optional.empty(), Optional.of("义乌市人民政府"), Optional.of(2024), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()));
        List<Entity> places = ReportExtractor.standard().extract(report).entities().stream()
                .filter(e -> e.types().contains(EntityType.PLACE)).toList();
        assertEquals(1, places.size(), places.toString());
        assertEquals(Set.of("我市"), places.get(0).altLabels());
        assertEquals(Optional.of("330782"), places.get(0).divisionCode());
    }

    @Test
    void thePartyPrefixIsPartOfACommitteeName() {
        assertTrue(names("在中共坪山区委的坚强领导下", EntityType.ORGANIZATION).contains("中共坪山区委"));
    }

    @Test
    void aBodyGluedToTheFacilityNamedAfterItIsFound() {
        Set<String> all = Recognised.all("吸引中国物流教育协会创新基地等6个项目入驻");
        assertTrue(all.containsAll(Set.of("中国物流教育协会", "中国物流教育协会创新基地")), all.toString());
    }

    @Test
    void firmsListedBeforeTheWorksTheyDoAreProjectsAndFirms() {
        List<Candidate> found = ReportExtractor.standard().recognise("沐右制药、翠山口福等有序推进,站沐智造、恒翠机械等建成投产",
                Scopes.PINGSHAN, Optional.empty());
        Set<String> projects = found.stream().filter(c -> c.type() == EntityType.PROJECT).map(Candidate::surface)
                .collect(java.util.stream.Collectors.toSet());
        assertTrue(projects.containsAll(Set.of("沐右制药", "恒翠机械")), projects.toString());
        assertTrue(found.stream().filter(c -> c.surface().equals("沐右制药")).allMatch(c -> c.alsoTypes().contains(EntityType.ORGANIZATION)));
    }

    @Test
    void aCountAndSizeBetweenTheListAndItsKindMakeNoName() {
        Set<String> projects = names("引进沐天化磷氟系新材料等3个亿元以上磷化工项目", EntityType.PROJECT);
        assertFalse(projects.stream().anyMatch(p -> p.endsWith("磷化工项目")), projects.toString());
    }

    @Test
    void aMiddleDotJoinsTheRegionAndTheParkOfOneName() {
        assertTrue(names("建设京津冀·沐州生物医药产业园", EntityType.PLACE).contains("京津冀·沐州生物医药产业园"));
    }

    @Test
    void aSectionOfACodedRoadAndWorksWithTheirWordForWorks() {
        Set<String> projects = names("S358惠阳段、荣翠高速惠州段改扩建工程加快推进", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("S358惠阳段", "荣翠高速惠州段改扩建工程")), projects.toString());
    }

    @Test
    void aQuotedNumberedSloganBeforeAZoneIsNoName() {
        assertFalse(Recognised.all("创建“五好”园区").stream().anyMatch(n -> n.contains("五好")));
    }

    @Test
    void theConjunctionAndALevelWordAreNoCounty() {
        assertFalse(names("推动乡镇和县直部门联动", EntityType.PLACE).contains("和县"));
    }

    @Test
    void bannerGovernmentsAreOfficialBodies() {
        ReportScope banner = new ReportScope("沐尼特左旗人民政府", Optional.empty(), Optional.empty(), Optional.of("沐尼特左旗"));
        Optional<Candidate> government = ReportExtractor.standard().recognise("我代表旗人民政府向大会报告工作", banner, Optional.empty())
                .stream().filter(c -> c.type() == EntityType.ORGANIZATION).findFirst();
        assertEquals(Optional.of("沐尼特左旗人民政府"), government.flatMap(Candidate::key));
    }

    @Test
    void freeTradeAndBondedZonesAreNamedZones() {
        Set<String> places = names("依托中国(沐津)自由贸易试验区和翠口空港综保区,助力翠南自贸港建设", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("中国(沐津)自由贸易试验区", "翠口空港综保区", "翠南自贸港")), places.toString());
        assertFalse(places.stream().anyMatch(p -> p.startsWith("助力")), places.toString());
    }

    @Test
    void exchangesAreBodies() {
        assertTrue(names("组建翠南国际能源交易中心", EntityType.ORGANIZATION).contains("翠南国际能源交易中心"));
    }

    @Test
    void aCharacterTakenForACounterInsideANameStaysInIt() {
        assertTrue(names("完成延吉方舱医院建设", EntityType.ORGANIZATION).contains("延吉方舱医院"));
    }

    @Test
    void blazingANewTrailIsNoRoad() {
        assertEquals(Set.of(), names("在西部大开发中闯新路", EntityType.PLACE).stream().filter(p -> p.endsWith("路"))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void rectificationProjectsAreAKind() {
        assertEquals(Set.of(), names("推进整改项目和立行立改项目落实", EntityType.PROJECT));
    }

    @Test
    void thePhaseOfAProjectKeepsItsWorks() {
        assertTrue(names("翠汽沐格纳新能源汽车项目一期工程顺利竣工", EntityType.PROJECT).contains("翠汽沐格纳新能源汽车项目一期工程"));
    }

    @Test
    void aNumberedSetOfKindsIsNoName() {
        assertEquals(Set.of(), names("推进六大产业链项目,建设十大名溪公园", EntityType.PROJECT));
        assertFalse(names("推进六大产业链项目,建设十大名溪公园", EntityType.PLACE).stream().anyMatch(p -> p.endsWith("公园")));
    }

    @Test
    void firmsListedAsProjectsByTheirIndustryAreFoundToo() {
        List<Candidate> found = ReportExtractor.standard().recognise("沐工一期、琥翠环保等17个项目竣工", Scopes.PINGSHAN, Optional.empty());
        assertTrue(found.stream().anyMatch(c -> c.surface().equals("琥翠环保") && c.type() == EntityType.PROJECT
                && c.alsoTypes().contains(EntityType.ORGANIZATION)), found.toString());
    }

    @Test
    void scenicAreasResortsSitesParksOfCultureAndIrrigationDistrictsAreNamed() {
        Set<String> places = names("打造沐岭雪山景区和云翠国际旅游度假区,保护高沐古城遗址", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("沐岭雪山景区", "云翠国际旅游度假区", "高沐古城遗址")), places.toString());
        Set<String> projects = names("建设翠侨城创意文化园和沐云灌区", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("翠侨城创意文化园", "沐云灌区")), projects.toString());
        assertFalse(names("保护考古遗址", EntityType.PLACE).contains("考古遗址"));
    }

    @Test
    void anEconomicCircleIsAPlaceButAnHoursReachIsNot() {
        assertTrue(names("融入沐翠地区双城经济圈", EntityType.PLACE).contains("沐翠地区双城经济圈"));
        assertFalse(Recognised.all("构建3小时经济圈").stream().anyMatch(n -> n.startsWith("3")));
    }

    @Test
    void kindsOfRenewalAndPlatformsAreNoNames() {
        Set<String> all = Recognised.all("推进城镇老旧小区改造和未来社区建设,打造高能级平台");
        assertFalse(all.stream().anyMatch(n -> n.startsWith("城镇老旧") || n.equals("未来社区") || n.equals("高能级平台")), all.toString());
    }

    @Test
    void aVerbBeforeABodyIsNoPartOfItsName() {
        Set<String> orgs = names("认定沐津大学工程技术研究中心,全力服务翠风公司发展", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(Set.of("沐津大学", "沐津大学工程技术研究中心", "翠风公司")), orgs.toString());
        assertFalse(orgs.stream().anyMatch(o -> o.startsWith("认定") || o.startsWith("服务")), orgs.toString());
    }

    @Test
    void anAreaOrACountOfKindsEndsTheNameBeforeIt() {
        Set<String> all = Recognised.all("规划北城5平方公里产业片区,打造软件产业园三大数字产业平台");
        assertFalse(all.stream().anyMatch(n -> n.contains("平方公里") || n.contains("三大")), all.toString());
    }

    @Test
    void stationsResortsScenicSpotsAndClustersAreNamedPlaces() {
        Set<String> places = names("建成沐安火车站和翠安国际滑雪场,打造红沐中心商贸集聚区和大翠山风景名胜区", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("沐安火车站", "翠安国际滑雪场", "红沐中心商贸集聚区", "大翠山风景名胜区")), places.toString());
        assertFalse(names("打造最美高铁站", EntityType.PLACE).contains("高铁站"));
    }

    @Test
    void sloganOfWorksForEveryUnitIsNoName() {
        assertEquals(Set.of(), names("实现县县通高速、市市通高铁", EntityType.PLACE));
        assertEquals(Set.of(), names("实现县县通高速、市市通高铁", EntityType.PROJECT));
    }

    @Test
    void anHoursReachBeforeAnEconomicCircleIsNoPartOfIt() {
        assertFalse(Recognised.all("打造1小时航空经济圈").stream().anyMatch(n -> n.startsWith("小时")));
    }

    @Test
    void theNationalChamberIsNotTheDistricts() {
        Optional<Candidate> chamber = ReportExtractor.standard().recognise("全国工商联发布榜单", Scopes.PINGSHAN, Optional.empty())
                .stream().filter(c -> c.type() == EntityType.ORGANIZATION).findFirst();
        assertEquals(Optional.of("全国工商联"), chamber.map(Candidate::surface));
    }

    @Test
    void aVerbOfCommissioningIsNoPartOfTheBody() {
        assertTrue(names("委托沐圳前瞻产业研究院编制规划", EntityType.ORGANIZATION).contains("沐圳前瞻产业研究院"));
    }

    @Test
    void slogansCountingTheirPartsOrQuotingNumbersAreNoNames() {
        assertEquals(Set.of(), names("构建两城两区一中心格局", EntityType.PROJECT));
        assertFalse(Recognised.all("打造“20 10 x”工业园区").stream().anyMatch(n -> n.contains("20")));
    }

    @Test
    void extensionsAndSecondLinesOfARoadAreSectionsButOfAKindAreNot() {
        Set<String> projects = names("建设沐东路延长线和翠当路复线", EntityType.PROJECT);
        assertTrue(projects.containsAll(Set.of("沐东路延长线", "翠当路复线")), projects.toString());
        assertFalse(names("推进高速公路复线建设", EntityType.PROJECT).contains("高速公路复线"));
        assertTrue(names("加快青沐高速联络线建设", EntityType.PLACE).contains("青沐高速联络线"));
    }

    @Test
    void villagesThatWinAnAwardStayPlaces() {
        assertFalse(names("竹沐县刘家翠村获评全国文明村", EntityType.ORGANIZATION).stream().anyMatch(o -> o.endsWith("村")));
    }

    @Test
    void theStateBeforeAMinistryIsPartOfHowItIsNamed() {
        Optional<Candidate> ministry = ReportExtractor.standard().recognise("获国家商务部批复", Scopes.PINGSHAN, Optional.empty())
                .stream().filter(c -> c.type() == EntityType.ORGANIZATION).findFirst();
        assertEquals(Optional.of("国家商务部"), ministry.map(Candidate::surface));
        assertEquals(Optional.of("商务部"), ministry.flatMap(Candidate::key));
    }

    @Test
    void aPassiveMarkerIsNoPartOfAZone() {
        assertFalse(Recognised.all("受开发区(自贸试验区)管委会委托").stream().anyMatch(n -> n.startsWith("受")));
    }

    @Test
    void anOnBehalfSentenceIsNoPlaceForTheReportScope() {
        ReportScope scope = ReportScope.of(new org.govreportkg.ingest.CleanReport("t", java.net.URI.create("file:///t.txt"),
                "现在,我代表市人民政府,向大会报告工作。", org.govreportkg.ingest.ReportMetadata.empty()), s -> s);
        assertFalse(scope.city().isPresent(), scope.toString());
    }
}
