package org.govreportkg.extract.gazetteer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionTableTest {

    private static final List<Division> ALL = DivisionFile.readStandard();
    private static final Map<String, Division> BY_CODE =
            ALL.stream().collect(Collectors.toMap(Division::code, Function.identity()));

    @Test
    void bundledTableHasThePackagesCountsPerLevel() {
        Map<Division.Level, Long> perLevel = ALL.stream()
                .collect(Collectors.groupingBy(Division::level, Collectors.counting()));
        // 31 mainland provinces + HK, MO, TW; 342 package cities minus 9 placeholders (市辖区,
        // 县, 省直辖县级行政区划…); 2,978 package districts minus the 4 that repeat a city
        // without districts (东莞市, 中山市, 儋州市, 嘉峪关市).
        assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of(
                Division.Level.PROVINCE, 34L,
                Division.Level.CITY, 333L,
                Division.Level.DISTRICT, 2974L,
                Division.Level.TOWN, 41352L));
    }

    @Test
    void knownCodesCarryTheirOfficialNames() {
        assertThat(BY_CODE.get("440000").name()).isEqualTo("广东省");
        assertThat(BY_CODE.get("440300").name()).isEqualTo("深圳市");
        assertThat(BY_CODE.get("440304").name()).isEqualTo("福田区");
        assertThat(BY_CODE.get("440310").name()).isEqualTo("坪山区");
        assertThat(BY_CODE.get("440310001").name()).isEqualTo("坪山街道");
        assertThat(BY_CODE.get("110000").name()).isEqualTo("北京市");
        assertThat(BY_CODE.get("450000").name()).isEqualTo("广西壮族自治区");
    }

    @Test
    void hongKongMacaoAndTaiwanAreProvincesUnderTheirGbCodes() {
        assertThat(BY_CODE.get("810000")).isEqualTo(new Division("810000", "香港特别行政区", "香港",
                Division.Level.PROVINCE, Optional.empty()));
        assertThat(BY_CODE.get("820000").shortName()).isEqualTo("澳门");
        assertThat(BY_CODE.get("710000").name()).isEqualTo("台湾省");
        assertThat(BY_CODE.get("710000").shortName()).isEqualTo("台湾");
    }

    @Test
    void everyParentExistsAndIsOneLevelUpOrMore() {
        for (Division d : ALL) {
            if (d.level() == Division.Level.PROVINCE) {
                assertThat(d.parentCode()).as(d.code()).isEmpty();
                continue;
            }
            Division parent = BY_CODE.get(d.parentCode().orElseThrow());
            assertThat(parent).as("parent of " + d.code()).isNotNull();
            assertThat(parent.level()).as("parent of " + d.code()).isLessThan(d.level());
            assertThat(d.code()).as("code of " + d.name()).startsWith(parent.code().substring(0, 2));
        }
        assertThat(BY_CODE).hasSameSizeAs(ALL);
    }

    @Test
    void municipalityDistrictsAndTownsOfCitiesWithoutDistrictsSkipThePlaceholders() {
        assertThat(BY_CODE.get("110101").name()).isEqualTo("东城区");
        assertThat(BY_CODE.get("110101").parentCode()).contains("110000");
        assertThat(BY_CODE).doesNotContainKey("110100");
        assertThat(BY_CODE.get("441900").level()).isEqualTo(Division.Level.CITY);
        assertThat(BY_CODE.get("441900101").name()).isEqualTo("石碣镇");
        assertThat(BY_CODE.get("441900101").parentCode()).contains("441900");
    }

    @Test
    void malformedTableIsRejectedNamingTheSourceAndLine() throws IOException {
        String table = "code\tname\tlevel\tparent\n440000\t广东省\tPROVINCE\t\n440300\t深圳市\tCOUNTY\t440000\n";
        assertThatThrownBy(() -> DivisionFile.read(gzip(table), "bad.tsv.gz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv.gz line 3")
                .hasMessageContaining("COUNTY");
        assertThatThrownBy(() -> DivisionFile.read(gzip("id,name\n"), "other.tsv.gz"))
                .hasMessageContaining("other.tsv.gz")
                .hasMessageContaining("header");
    }

    @Test
    void gazetteerRefusesADivisionWhoseParentIsMissing() {
        List<Division> orphan = List.of(new Division("440304", "福田区", "福田", Division.Level.DISTRICT, Optional.of("440300")));
        assertThatThrownBy(() -> new StandardGazetteer(orphan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("440304")
                .hasMessageContaining("unknown parent 440300");
    }

    @Test
    void gazetteerRefusesAParentNoLargerThanItsChild() {
        List<Division> upsideDown = List.of(
                new Division("440300", "深圳市", "深圳", Division.Level.CITY, Optional.of("440304")),
                new Division("440304", "福田区", "福田", Division.Level.DISTRICT, Optional.of("440300")));
        assertThatThrownBy(() -> new StandardGazetteer(upsideDown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("440300 (深圳市) is a CITY under the DISTRICT 440304");
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
