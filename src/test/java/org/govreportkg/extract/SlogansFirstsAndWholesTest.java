package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.govreportkg.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * A repeated-verb slogan before a name is no part of it; the first of a kind (全国首家…) is described, not named;
 * "the whole prefecture" (占全州) is no county; a role in common nouns shares no head with the name listed after it;
 * a port's operation area is a place. Every sentence is invented.
 */
class SlogansFirstsAndWholesTest {

    @Test
    void aRepeatedVerbSloganIsNoPartOfTheNameAfterIt() {
        Set<String> places = Recognised.names("抓细抓实青岚科技城,加快建设松溪实验室", EntityType.PLACE);
        assertEquals(Set.of("青岚科技城"), places);
    }

    @Test
    void theFirstOfItsKindIsDescribedNotNamed() {
        assertEquals(Set.of("青岚集团"), Recognised.all("青岚集团落地全国首家线下智慧护理站"));
        String s = "入列全国首批数字乡村示范区创建单位";
        Candidate designation = new Candidate("首批数字乡村示范区", EntityType.PROJECT, 4, 13, "head:示范区");
        assertEquals(List.of(), new FirstOfAKind().drop(s, List.of(designation)));
        Candidate firm = new Candidate("首钢青岚基地", EntityType.PROJECT, 2, 8, "head:基地");
        assertEquals(List.of(firm), new FirstOfAKind().drop("建设首钢青岚基地", List.of(firm)));
    }

    @Test
    void theWholePrefectureIsNoCountyEvenWithTheVerbHanLPGluedToIt() {
        // HanLP sometimes makes 占全州 one place word; 全州 is also a county's short name
        String s = "占全州比重超过两成";
        List<Token> tokens = List.of(new Token("占全州", "ns", 0), new Token("比重", "n", 3), new Token("超过", "v", 5),
                new Token("两", "m", 7), new Token("成", "v", 8));
        PlaceDirectory places = new PlaceDirectory(Gazetteer.standard());
        assertEquals(List.of(), new PlaceTagRecogniser(places).recognise(s, tokens, places.context(Scopes.PINGSHAN)));
    }

    @Test
    void aRoleInCommonNounsSharesNoHeadWithTheNameAfterIt() {
        Set<String> places = Recognised.names("发挥青岚港口枢纽城市、松溪东部新城叠加优势", EntityType.PLACE);
        assertEquals(Set.of("松溪东部新城"), places);
        // two lone characters are a name HanLP could not segment: they still share the head
        assertTrue(Recognised.names("加快建设岚沙、岚景2座消防站", EntityType.PROJECT).contains("岚沙"));
    }

    @Test
    void aPortsOperationAreaIsAPlace() {
        assertTrue(Recognised.names("青岚港区松溪作业区建成投用", EntityType.PLACE).contains("松溪作业区"));
    }
}
