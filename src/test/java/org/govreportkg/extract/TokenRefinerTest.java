package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenRefinerTest {
    private final TokenRefiner refiner = new TokenRefiner();

    private List<String> words(Token... tokens) {
        return refiner.refine(List.of(tokens)).stream().map(t -> t.word() + "@" + t.start()).toList();
    }

    @Test
    void aVerbGluedOntoAnOrganizationIsSplitOff() {
        assertEquals(List.of("代表@1", "坪山区人民政府@3"), words(new Token("代表坪山区人民政府", "nt", 1)));
    }

    @Test
    void anAbbreviationSplitIntoAPrepositionAndAMorphemeIsOneWord() {
        List<Token> refined = refiner.refine(List.of(new Token("上海", "ns", 0), new Token("自", "p", 2), new Token("贸", "vg", 3),
                new Token("试验区", "n", 4)));
        assertEquals(List.of("上海@0", "自贸@2", "试验区@4"), refined.stream().map(t -> t.word() + "@" + t.start()).toList());
        assertEquals("j", refined.get(1).tag());
    }

    @Test
    void aCoordinationInsideOneTokenIsSplitAtTheConjunction() {
        assertEquals(List.of("区@0", "和@1", "香蜜湖新金融中心@2"), words(new Token("区和香蜜湖新金融中心", "nt", 0)));
    }

    @Test
    void aFunctionWordGluedOntoAnAdministrativeCharacterIsSplit() {
        assertEquals(List.of("向@4", "区@5"), words(new Token("向区", "ns", 4)));
    }

    @Test
    void ordinaryNamesAreLeftAlone() {
        assertEquals(List.of("和顺堂@0"), words(new Token("和顺堂", "nt", 0)));
    }

    @Test
    void aZonesDistrictCharacterHanLPGaveToTheNextWordComesBack() {
        // 青岚/ns 经开/j 区位/n 列/v: the zone is 青岚经开区, and 位列 is the verb
        assertEquals(List.of("青岚@0", "经开区@2", "位@5", "列@6"),
                words(new Token("青岚", "ns", 0), new Token("经开", "j", 2), new Token("区位", "n", 4), new Token("列", "v", 6)));
    }
}
