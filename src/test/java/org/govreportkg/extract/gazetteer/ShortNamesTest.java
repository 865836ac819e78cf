package org.govreportkg.extract.gazetteer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ShortNamesTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
            "广东省, PROVINCE, 广东",
            "北京市, PROVINCE, 北京",
            "广西壮族自治区, PROVINCE, 广西",
            "内蒙古自治区, PROVINCE, 内蒙古",
            "新疆维吾尔自治区, PROVINCE, 新疆",
            "宁夏回族自治区, PROVINCE, 宁夏",
            "香港特别行政区, PROVINCE, 香港",
            "深圳市, CITY, 深圳",
            "大兴安岭地区, CITY, 大兴安岭",
            "阿拉善盟, CITY, 阿拉善",
            "延边朝鲜族自治州, CITY, 延边",
            "黔西南布依族苗族自治州, CITY, 黔西南",
            "博尔塔拉蒙古自治州, CITY, 博尔塔拉",
            "景德镇市, CITY, 景德镇",
            "福田区, DISTRICT, 福田",
            "浦东新区, DISTRICT, 浦东",
            "神农架林区, DISTRICT, 神农架",
            "金林区, DISTRICT, 金林",
            "梅县区, DISTRICT, 梅县",
            "管城回族区, DISTRICT, 管城",
            "双江拉祜族佤族布朗族傣族自治县, DISTRICT, 双江",
            "莫力达瓦达斡尔族自治旗, DISTRICT, 莫力达瓦",
            "坪山街道, TOWN, 坪山",
            "东华门街道, TOWN, 东华门",
            "于家务回族乡, TOWN, 于家务",
            "和平街道地区, TOWN, 和平",
    })
    void stripsAdministrativeSuffixesAndPeoples(String name, Division.Level level, String expected) {
        assertThat(ShortNames.of(name, level)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} keeps its full name")
    @CsvSource({
            "城区, DISTRICT",
            "和县, DISTRICT",
            "赵县, DISTRICT",
            "苏州工业园区, DISTRICT",
            "郑州经济技术开发区, DISTRICT",
            "福田保税区, TOWN",
            "闻喜县社区, TOWN",
            "旅游度假区, TOWN",
            "合作市, CITY",
    })
    void keepsTheFullNameWhenTheStemIsTooShortOrNotAPlace(String name, Division.Level level) {
        assertThat(ShortNames.of(name, level)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "于家务回族乡, TOWN, 于家务乡",
            "双江拉祜族佤族布朗族傣族自治县, DISTRICT, 双江县",
            "莫力达瓦达斡尔族自治旗, DISTRICT, 莫力达瓦旗",
            "延边朝鲜族自治州, CITY, 延边州",
    })
    void anAutonomousCountyOrTownshipIsAlsoNamedWithoutItsPeoplesButWithItsLevel(String name, Division.Level level,
                                                                               String expected) {
        Division d = new Division("000000", name, ShortNames.of(name, level), level, java.util.Optional.empty());
        assertThat(ShortNames.withLevelWord(d)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void aDivisionWithoutPeoplesHasNoSuchForm() {
        Division d = new Division("000000", "福田区", "福田", Division.Level.DISTRICT, java.util.Optional.empty());
        assertThat(ShortNames.withLevelWord(d)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "察哈尔右翼中旗, 察右中旗",
            "阿拉善左旗, 阿左旗",
            "新巴尔虎右旗, 新右旗",
    })
    void aBannerNamedByItsWingIsAbbreviatedToItsFirstCharacterWingAndPosition(String name, String expected) {
        Division d = new Division("000000", name, ShortNames.of(name, Division.Level.DISTRICT), Division.Level.DISTRICT,
                java.util.Optional.empty());
        assertThat(ShortNames.bannerAbbreviation(d)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void aBannerWithoutAWingHasNoSuchAbbreviation() {
        Division d = new Division("000000", "额济纳旗", "额济纳", Division.Level.DISTRICT, java.util.Optional.empty());
        assertThat(ShortNames.bannerAbbreviation(d)).isEmpty();
    }
}
