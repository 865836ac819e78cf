package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.govreportkg.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * A settling verb HanLP cut in two is no part of the firm after it; counted or listed levels (2县3镇40村) and a verb
 * with its complement before an industry (守牢能源) name nothing; a prefecture's congress (地区人大) is not the
 * district's; a place glued to the 新 of the next word is still the place; 成功 before a progress verb is no part of
 * the works' name, and bases named by what they grow are kinds. Every sentence is invented.
 */
class SettlingVerbsLevelCountsAndPrefecturesTest {
    private static final PlaceDirectory PLACES = new PlaceDirectory(Gazetteer.standard());

    @Test
    void aSettlingVerbCutInTwoIsNoPartOfTheFirm() {
        Set<String> firms = Recognised.names("小麦产业园已入驻青岚粉业、松溪食品等5家企业", EntityType.ORGANIZATION);
        assertTrue(firms.contains("青岚粉业"), firms.toString());
        assertTrue(firms.stream().noneMatch(f -> f.startsWith("入驻")), firms.toString());
    }

    @Test
    void countedOrListedLevelsAreNoPlace() {
        assertEquals(Set.of(), Recognised.names("覆盖2县3镇40村,市县镇村四级联动", EntityType.PLACE));
    }

    @Test
    void aVerbAndItsComplementBeforeAnIndustryAreNoFirm() {
        assertEquals(Set.of(), Recognised.all("坚决守牢能源安全底线"));
    }

    @Test
    void aPrefecturesCongressIsNotTheDistricts() {
        String s = "在地区人大工委和地委的支持下";
        List<Candidate> c = new OfficialBodyRecogniser().recognise(s, Recognised.tokens(s), Scopes.PINGSHAN);
        assertTrue(c.stream().noneMatch(x -> x.surface().equals("区人大")), c.toString());
    }

    @Test
    void aPlaceGluedToTheNewOfTheNextWordIsThePlace() {
        // HanLP sometimes tags 平阳新 (成为平阳新地标) as one place word
        String s = "成为平阳新地标";
        List<Token> tokens = List.of(new Token("成为", "v", 0), new Token("平阳新", "ns", 2), new Token("地标", "n", 5));
        List<Candidate> c = new PlaceTagRecogniser(PLACES).recognise(s, tokens, PLACES.context(Scopes.PINGSHAN));
        assertEquals(List.of("平阳"), c.stream().map(Candidate::surface).toList());
    }

    @Test
    void howWellWorksProgressedIsNoPartOfTheirName() {
        Set<String> all = Recognised.all("青岚数字经济产业园成功开园");
        assertTrue(all.contains("青岚数字经济产业园"), all.toString());
        assertTrue(all.stream().noneMatch(n -> n.endsWith("成功")), all.toString());
    }

    @Test
    void basesNamedByWhatTheyGrowAreKinds() {
        assertEquals(Set.of(), Recognised.names("建成绿色粮油基地和优质饲草基地", EntityType.PROJECT));
    }
}
