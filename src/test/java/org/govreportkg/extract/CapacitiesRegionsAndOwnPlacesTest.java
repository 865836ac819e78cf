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
 * Mechanisms added in the seventh round, on error kinds of report excerpts from other cities (not committed:
 * third-party text). Every sentence is invented; names are made up or are real divisions of the general gazetteer.
 */
class CapacitiesRegionsAndOwnPlacesTest {
    private static Set<String> names(String sentence, EntityType type) {
        return Recognised.names(sentence, type);
    }


    @Test
    void aFirmsShortNameBeforeACapacityStartsTheListedProject() {
        Set<String> projects = names("实施青岚120万吨焦化、松溪化工轨道客车型材等12个重点产业项目", EntityType.PROJECT);
        assertTrue(projects.contains("青岚120万吨焦化"), projects.toString());
        assertFalse(projects.contains("焦化"), projects.toString());
    }

    @Test
    void aCapacityWithNoNameBeforeItNamesNoProject() {
        assertEquals(Set.of(), names("新增30万吨产能、建成20万吨粮食储备库等一批项目", EntityType.PROJECT));
    }

    @Test
    void aHeadedProjectAfterAFirmAndItsCapacityStartsWithTheFirm() {
        Set<String> projects = names("推进沐禾丰35万吨数字化生产线项目竣工投产", EntityType.PROJECT);
        assertEquals(Set.of("沐禾丰35万吨数字化生产线项目"), projects);
    }

    @Test
    void aCompassRegionStandingAloneIsAPlace() {
        assertEquals(Set.of("东北", "辽宁"), names("深入落实关于东北、辽宁振兴发展的重要讲话精神", EntityType.PLACE));
        assertEquals(Set.of("东北"), names("推动东北全面振兴", EntityType.PLACE));
    }

    @Test
    void aCompassPointInsideANameOrAsADirectionIsNoPlace() {
        Set<String> places = names("加快青岚西北运营中心建设,城区西北部新建西南科技大学分校", EntityType.PLACE);
        assertFalse(places.contains("西北"), places.toString());
        assertFalse(places.contains("西南"), places.toString());
    }

    @Test
    void railwaysListedByTheirPlacesAbbreviationsAreProjects() {
        Set<String> projects = names("扎实推进沐岚、青松原等高铁建设", EntityType.PROJECT);
        assertTrue(projects.contains("沐岚"), projects.toString());
    }

    @Test
    void railwayProjectsAsAKindNameNone() {
        assertEquals(Set.of(), names("谋划一批城际铁路、市域快线等高铁项目", EntityType.PROJECT));
    }

    @Test
    void hotelsListedUnderTheirKindAreBodies() {
        Set<String> bodies = names("青岚假日、松韵花园等一批高品质酒店相继建成开业", EntityType.ORGANIZATION);
        assertEquals(Set.of("青岚假日", "松韵花园"), bodies);
    }

    @Test
    void firmsAwardedSeverallyAreBodies() {
        Set<String> bodies = names("青岚新材、松溪电子分别被评为湖北省第二批专精特新企业", EntityType.ORGANIZATION);
        assertTrue(bodies.contains("青岚新材"), bodies.toString());
    }

    @Test
    void aRiverHanLPKnowsAsAPlaceIsOneWhateverTheGazetteer() {
        assertEquals(Set.of("东江", "南湖"), names("实施东江保护治理和运河、山河整治,推进南湖水质提升", EntityType.PLACE));
    }

    @Test
    void aCountyNamedOnlyInItsGovernmentsTitleIsAPlaceOfTheReport() {
        Extraction x = Recognised.issuedBy("滁州市凤阳县人民政府",
                "凤阳县政府工作报告\n各位代表:全县经济运行稳中向好。");
        assertTrue(x.entities().stream().anyMatch(en -> en.types().contains(EntityType.PLACE) && en.prefLabel().equals("凤阳县")),
                x.entities().toString());
    }

    @Test
    void aVerbGluedToAKnownPlaceIsNoPartOfIt() {
        assertEquals(Set.of("洛阳"), names("总理来洛阳考察指导工作", EntityType.PLACE));
    }

    @Test
    void routesNamedByTheirEndsBeforeACountedKindAreProjects() {
        assertEquals(Set.of("宜宾至泸州"), names("建成宜宾至泸州2条高速公路", EntityType.PROJECT));
        assertEquals(Set.of("乐山至宜宾", "宜宾至泸州"), names("今年推进乐山至宜宾、宜宾至泸州等2条高速建设", EntityType.PROJECT));
    }

    @Test
    void aLeaguesPartyCommitteeAndAdministrativeOfficeAreBodiesByTheirShortForms() {
        Extraction x = Recognised.issuedBy("锡林郭勒盟阿巴嘎旗人民政府",
                "各位代表:在盟委、行署的坚强领导下,全旗经济稳中向好。");
        Set<String> bodies = new java.util.TreeSet<>();
        x.entities().stream().filter(en -> en.types().contains(EntityType.ORGANIZATION)).forEach(en -> {
            bodies.add(en.prefLabel());
            bodies.addAll(en.altLabels());
        });
        assertTrue(bodies.containsAll(Set.of("盟委", "行署")), bodies.toString());
    }

    @Test
    void aDistrictWhoseNameSeveralCitiesShareTakesTheCityTheDeliveryLineWritesBeforeIt() {
        Extraction x = Recognised.issuedBy("朝阳区人民政府",
                "政府工作报告\n2020年1月8日在长春市朝阳区第十七届人民代表大会第四次会议上\n各位代表:现在,我代表朝阳区人民政府向大会报告工作。");
        assertTrue(x.entities().stream().anyMatch(en -> en.divisionCode().equals(Optional.of("220104"))),
                x.entities().toString());
    }

    @Test
    void aMunicipalitysDistrictNamedByDeixisIsTheDistrictItself() {
        Extraction x = Recognised.issuedBy("重庆市黔江区人民政府",
                "各位代表:过去一年,我区经济稳中向好,黔江区常住人口稳定增长。");
        List<Entity> district = x.entities().stream().filter(en -> en.types().contains(EntityType.PLACE)
                && (en.prefLabel().contains("黔江") || en.altLabels().contains("我区"))).toList();
        assertEquals(1, district.size(), district.toString());
        assertEquals(Optional.of("500114"), district.get(0).divisionCode());
    }

    @Test
    void theNewChinaOfAnAnniversaryIsChina() {
        Extraction x = ReportExtractor.standard().extract(new CleanReport("t", URI.create("file:/t.txt"),
                "各位代表:过去一年,是新中国成立75周年。", ReportMetadata.empty()));
        assertTrue(x.entities().stream().anyMatch(en -> en.types().contains(EntityType.PLACE) && en.altLabels().contains("新中国")
                || en.prefLabel().equals("新中国")), x.entities().toString());
    }

    @Test
    void aPrepositionHanLPGluedToANameIsNoPartOfIt() {
        assertTrue(names("以风景区智谷片区为引领,以松溪口新兴产业园、青岚为支撑", EntityType.PLACE).contains("松溪口新兴产业园"));
        assertEquals(Set.of("青岚水泥增资扩产"), names("以青岚水泥增资扩产等项目为牵引", EntityType.PROJECT));
    }

    @Test
    void portsAndPortAreasArePlacesButPortSideWordsAreNot() {
        Set<String> places = names("推进沐溪津里港、青岚港区建设,加快临港产业发展", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("沐溪津里港", "青岚港区")), places.toString());
        assertFalse(places.stream().anyMatch(p -> p.contains("临港")), places.toString());
    }

    @Test
    void anAutonomousPrefecturesReportNamingItselfOnlyAsTheAutonomousPrefectureTakesItsNameFromTheDeliveryLine() {
        Extraction x = Recognised.issuedBy("自治州人民政府",
                "政府工作报告\n2023年1月在甘孜藏族自治州第十二届人民代表大会第三次会议上\n各位代表:过去一年,我州经济稳中向好。");
        assertTrue(x.entities().stream().anyMatch(en -> en.divisionCode().equals(Optional.of("513300"))
                && en.altLabels().contains("我州")), x.entities().toString());
    }

    @Test
    void theAutonomousPrefecturesPartyCommitteeKeepsItsNameAndTheProvinceAndPrefectureTogetherNameNoOne() {
        assertEquals(Set.of("自治州党委"), names("在自治州党委的坚强领导下,全县经济稳中向好", EntityType.ORGANIZATION));
        assertEquals(Set.of(), names("认真落实省州党委决策部署", EntityType.ORGANIZATION));
    }

    @Test
    void aSectorAwardedATitleAndABreakthroughAreNoBodies() {
        assertEquals(Set.of(), names("新能源动力电池产业跻身国家级集群,产业转型强势破局", EntityType.ORGANIZATION));
        assertEquals(Set.of("省政府"), names("文明城市年度测评进入全省第一方阵,金融生态、生产性服务业发展获省政府表彰", EntityType.ORGANIZATION));
    }

    @Test
    void thePartOfTownARoadLiesInIsNoPartOfItsName() {
        Set<String> places = names("完成中心城区青岚南路提质改造,推进209国道改造", EntityType.PLACE);
        assertTrue(places.containsAll(Set.of("青岚南路", "209国道")), places.toString());
        assertFalse(places.contains("中心城区青岚南路"), places.toString());
    }

    @Test
    void subsidiariesOfCentralFirmsAndPlatformCompaniesInGeneralAreKinds() {
        assertEquals(Set.of(), names("引进央企二三级子公司20多家,组建平台开发公司", EntityType.ORGANIZATION));
    }

    @Test
    void aCountyNameEndingAFourCharacterSloganIsTheSlogansVerb() {
        assertEquals(Set.of(), names("坚持生态立县、实业富县、文旅兴县发展战略", EntityType.PLACE));
    }

    @Test
    void aNameAfterAListSeparatorStartsWithThePartOfTheCountryItServes() {
        assertTrue(names("推进青岚大道、西部沐溪新通道等项目建设", EntityType.PLACE).contains("西部沐溪新通道"));
    }

    @Test
    void routesListedByTheirTwoEndsAreProjects() {
        assertEquals(Set.of("乐山至宜宾", "泸州至内江"), names("加快推进乐山至宜宾、泸州至内江等一批在建项目", EntityType.PROJECT));
    }

    @Test
    void theVerbOfAnAwardGluedToItsTitleIsNoPartOfIt() {
        Extraction x = ReportExtractor.standard().extract(new CleanReport("t", URI.create("file:/t.txt"),
                "各位代表:沐溪眉山农民创业园获全国城乡青年就业创业基地和示范点工作绩效考核优秀等次、连续6年获全国眉山农民创业园建设发展考评第1名。",
                ReportMetadata.empty()));
        assertFalse(x.entities().stream().anyMatch(en -> en.prefLabel().startsWith("获")
                || en.altLabels().stream().anyMatch(a -> a.startsWith("获"))), x.entities().toString());
    }
}
