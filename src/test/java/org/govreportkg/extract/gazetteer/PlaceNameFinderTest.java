package org.govreportkg.extract.gazetteer;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceNameFinderTest {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();
    private static final Optional<Division> SHENZHEN = GAZETTEER.byCode("440300");

    @Test
    void spansSliceTheNamesOutOfTheText() {
        String text = "广东省深圳市福田区与广西壮族自治区开展协作。";
        List<PlaceSpan> spans = GAZETTEER.findAll(text);
        assertThat(spans).extracting(PlaceSpan::surface)
                .containsExactly("广东省", "深圳市", "福田区", "广西壮族自治区");
        assertThat(spans).extracting(PlaceSpan::start).containsExactly(0, 3, 6, 10);
        for (PlaceSpan span : spans) {
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.surface());
            assertThat(span.fullName()).isTrue();
        }
        assertThat(spans.get(2).candidates()).extracting(Division::code).containsExactly("440304");
    }

    @Test
    void shortFormsOfProvincesCitiesAndDistrictsAreFoundWithoutContext() {
        List<PlaceSpan> spans = GAZETTEER.findAll("支持广东与香港、澳门合作，深圳先行。");
        assertThat(spans).extracting(PlaceSpan::surface).containsExactly("广东", "香港", "澳门", "深圳");
        assertThat(spans).extracting(PlaceSpan::fullName).containsOnly(false);
        assertThat(spans.get(1).candidates()).extracting(Division::code).containsExactly("810000");
    }

    @Test
    void aNameIsNotReadAcrossAnOrdinaryWord() {
        // 深圳市民 is 深圳 + 市民 (citizens), 广东省委 is 广东 + 省委.
        assertThat(GAZETTEER.findAll("深圳市民踊跃参与").getFirst().surface()).isEqualTo("深圳");
        assertThat(GAZETTEER.findAll("广东省委部署").getFirst().surface()).isEqualTo("广东");
        // 和政 (和政县) inside 和政府, 城中 inside 城中村.
        assertThat(GAZETTEER.findAll("企业和政府共同推进城中村改造", SHENZHEN)).isEmpty();
    }

    @Test
    void townShortFormsAreFoundOnlyInsideTheContext() {
        String text = "坂田片区加快建设";
        assertThat(GAZETTEER.findAll(text)).isEmpty();
        List<PlaceSpan> inShenzhen = GAZETTEER.findAll(text, SHENZHEN);
        assertThat(inShenzhen).extracting(PlaceSpan::surface).containsExactly("坂田");
        assertThat(GAZETTEER.resolve("坂田", SHENZHEN)).map(Division::name).contains("坂田街道");
    }

    @Test
    void commonWordsAreFoundOnlyWhereTheyNameAPlaceOfTheContext() {
        String text = "光明区前景光明";
        assertThat(GAZETTEER.findAll(text)).extracting(PlaceSpan::surface).containsExactly("光明区");
        assertThat(GAZETTEER.findAll("推动光明、坪山协同发展", SHENZHEN)).extracting(PlaceSpan::surface)
                .containsExactly("光明", "坪山");
        assertThat(GAZETTEER.findAll("建设光明科学城", SHENZHEN)).extracting(PlaceSpan::surface).containsExactly("光明");
        // At the end of a clause the word is a predicate: "the outlook is bright".
        assertThat(GAZETTEER.findAll("发展前景光明。", SHENZHEN)).isEmpty();
        assertThat(GAZETTEER.findAll("促进世界和平", SHENZHEN)).isEmpty();
    }

    @Test
    void genericAreaWordsAreNeverPlaceNames() {
        assertThat(GAZETTEER.findAll("城区和新区、开发区、郊区", SHENZHEN)).isEmpty();
        // Towns elsewhere whose names are generic (one 城关镇 in many counties, a zone listed as
        // 东部新区) count only inside the report's city; a specific town name counts anywhere.
        assertThat(GAZETTEER.findAll("东部新区和城关镇", SHENZHEN)).isEmpty();
        assertThat(GAZETTEER.findAll("东华门街道", SHENZHEN)).extracting(PlaceSpan::surface).containsExactly("东华门街道");
    }

    @Test
    void distantCountyShortFormsNeedTheirCityOrAStandAlonePosition() {
        // 田东 and 罗城 are counties in Guangxi: right after their city, standing alone in a list,
        // or coordinated with a place just found, they are the counties; run into other
        // characters (田东路, 罗城市场) they are not.
        assertThat(GAZETTEER.findAll("对口帮扶百色田东", SHENZHEN)).extracting(PlaceSpan::surface)
                .containsExactly("百色", "田东");
        assertThat(GAZETTEER.findAll("与田东、罗城等地协作", SHENZHEN)).extracting(PlaceSpan::surface)
                .containsExactly("田东", "罗城");
        assertThat(GAZETTEER.findAll("广西罗城、环江对口协作", SHENZHEN)).extracting(PlaceSpan::surface)
                .containsExactly("广西", "罗城", "环江");
        assertThat(GAZETTEER.findAll("修建田东路和罗城市场", SHENZHEN)).isEmpty();
    }

    @Test
    void townShortFormsRunningIntoARoadOrSchoolNameAreLeftToThatName() {
        assertThat(GAZETTEER.findAll("坂田北路和坂田小学", SHENZHEN)).isEmpty();
        assertThat(GAZETTEER.findAll("坂田片区", SHENZHEN)).extracting(PlaceSpan::surface).containsExactly("坂田");
        // Districts keep their short form: 坪山大道 still says where it is.
        assertThat(GAZETTEER.findAll("坪山大道", SHENZHEN)).extracting(PlaceSpan::surface).containsExactly("坪山");
    }

    @Test
    void townShortFormsOfTheWholeCityAreFoundFromADistrictContext() {
        Optional<Division> futian = GAZETTEER.byCode("440304");
        List<PlaceSpan> spans = GAZETTEER.findAll("坂田与华强北联动", futian);
        assertThat(spans).extracting(PlaceSpan::surface).containsExactly("坂田", "华强北");
        assertThat(GAZETTEER.resolve("坂田", futian)).map(Division::code).contains("440307013");
    }

    @Property(tries = 200)
    void spansAreOrderedDisjointAndExact(@ForAll @StringLength(max = 40)
                                         @Chars({'深', '圳', '市', '广', '东', '省', '福', '田', '区', '坪', '山',
                                                 '街', '道', '和', '政', '府', '光', '明', '、', '。'}) String text) {
        int previousEnd = 0;
        for (PlaceSpan span : GAZETTEER.findAll(text, SHENZHEN)) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.surface());
            assertThat(span.candidates()).isNotEmpty()
                    .allSatisfy(d -> assertThat(d.name().equals(span.surface()) || d.shortName().equals(span.surface())).isTrue());
            previousEnd = span.end();
        }
    }
}
