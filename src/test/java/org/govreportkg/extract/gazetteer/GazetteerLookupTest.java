package org.govreportkg.extract.gazetteer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GazetteerLookupTest {

    private final Gazetteer gazetteer = Gazetteer.standard();
    private final Optional<Division> shenzhen = gazetteer.byCode("440300");
    private final Optional<Division> futian = gazetteer.byCode("440304");

    @Test
    void standardIsLoadedOnceAndShared() {
        assertThat(Gazetteer.standard()).isSameAs(gazetteer);
    }

    @Test
    void byNameFindsFullAndShortNamesLargestLevelFirst() {
        assertThat(codes(gazetteer.byName("福田区"))).containsExactly("440304");
        List<Division> futians = gazetteer.byName("福田");
        assertThat(futians.getFirst().code()).isEqualTo("440304");
        assertThat(futians).extracting(Division::level).containsOnly(Division.Level.DISTRICT, Division.Level.TOWN);
        assertThat(codes(futians)).contains("440304004"); // 福田街道, inside 福田区
        assertThat(futians).isSortedAccordingTo(StandardGazetteer.LARGEST_FIRST);
        assertThat(gazetteer.byName("吉林")).extracting(Division::name).startsWith("吉林省", "吉林市");
        assertThat(gazetteer.byName("不存在的地方")).isEmpty();
    }

    @Test
    void resolvePrefersTheCandidateInsideTheContext() {
        assertThat(gazetteer.resolve("福田", shenzhen)).map(Division::code).contains("440304");
        // 坪山 names both 坪山区 and its 坪山街道 inside Shenzhen: the larger wins.
        assertThat(gazetteer.resolve("坪山", shenzhen)).map(Division::code).contains("440310");
        // Inside the Futian context its own 福田街道 is still smaller than 福田区 itself.
        assertThat(gazetteer.resolve("福田", futian)).map(Division::code).contains("440304");
        assertThat(gazetteer.resolve("福田街道", futian)).map(Division::code).contains("440304004");
    }

    @Test
    void resolveWalksOutFromTheContextToItsCityAndProvince() {
        // 南山区 also exists in 鹤岗市; from a Futian report the Shenzhen one is meant.
        assertThat(gazetteer.resolve("南山", futian)).map(Division::code).contains("440305");
        assertThat(gazetteer.resolve("南山", Optional.empty())).isEmpty();
        assertThat(gazetteer.resolve("深圳", futian)).map(Division::code).contains("440300");
        assertThat(gazetteer.resolve("广东", futian)).map(Division::code).contains("440000");
    }

    @Test
    void resolveWithoutContextTakesTheUniqueLargestCandidate() {
        assertThat(gazetteer.resolve("广东", Optional.empty())).map(Division::code).contains("440000");
        assertThat(gazetteer.resolve("深圳", Optional.empty())).map(Division::code).contains("440300");
        assertThat(gazetteer.resolve("福田", Optional.empty())).map(Division::code).contains("440304");
        assertThat(gazetteer.resolve("香港", Optional.empty())).map(Division::code).contains("810000");
        assertThat(gazetteer.resolve("吉林", Optional.empty())).map(Division::code).contains("220000");
    }

    @Test
    void resolveIsEmptyWhenStillAmbiguousAtTheSameLevel() {
        // 朝阳区 in Beijing and in Changchun; nothing in Shenzhen or Guangdong at county level.
        assertThat(gazetteer.byName("朝阳区")).hasSize(2);
        assertThat(gazetteer.resolve("朝阳区", Optional.empty())).isEmpty();
        assertThat(gazetteer.resolve("朝阳区", shenzhen)).isEmpty();
        assertThat(gazetteer.resolve("朝阳区", gazetteer.byCode("110000"))).map(Division::code).contains("110105");
        assertThat(gazetteer.resolve("没有这个名字", shenzhen)).isEmpty();
    }

    @Test
    void ancestorsRunFromTheNearestToTheProvince() {
        Division futianStreet = gazetteer.byCode("440304004").orElseThrow();
        assertThat(gazetteer.ancestors(futianStreet)).extracting(Division::name)
                .containsExactly("福田区", "深圳市", "广东省");
        assertThat(gazetteer.ancestors(futian.orElseThrow())).extracting(Division::code)
                .containsExactly("440300", "440000");
        assertThat(gazetteer.ancestors(gazetteer.byCode("440000").orElseThrow())).isEmpty();
    }

    @Test
    void isWithinFollowsTheParentChain() {
        Division guangdong = gazetteer.byCode("440000").orElseThrow();
        assertThat(gazetteer.isWithin(futian.orElseThrow(), guangdong)).isTrue();
        assertThat(gazetteer.isWithin(guangdong, guangdong)).isTrue();
        assertThat(gazetteer.isWithin(guangdong, futian.orElseThrow())).isFalse();
        assertThat(gazetteer.isWithin(gazetteer.byCode("110101").orElseThrow(), guangdong)).isFalse();
    }

    @Test
    void byCodeIsEmptyForUnknownCodes() {
        assertThat(gazetteer.byCode("999999")).isEmpty();
        assertThat(gazetteer.byCode("44")).isEmpty();
    }

    @Test
    void namesHoldFullAndShortForms() {
        assertThat(gazetteer.names()).contains("广西壮族自治区", "广西", "深圳市", "深圳", "坪山街道", "坪山");
        assertThat(gazetteer.names()).doesNotContain("城", "广西壮族");
    }

    @Test
    void divisionsFromElsewhereAreRejectedNamingTheDivision() {
        Division invented = new Division("449999", "虚构区", "虚构", Division.Level.DISTRICT, Optional.of("440300"));
        assertThatThrownBy(() -> gazetteer.ancestors(invented))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("449999 (虚构区)");
        assertThatThrownBy(() -> gazetteer.findAll("深圳", Optional.of(invented)))
                .hasMessageContaining("449999 (虚构区)");
    }

    private static List<String> codes(List<Division> divisions) {
        return divisions.stream().map(Division::code).toList();
    }
}
