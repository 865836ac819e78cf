package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A name opening a list item or clause keeps the first characters HanLP cut off. Every sentence is invented. */
class ClauseStartNamesTest {
    private static Set<String> projects(String sentence) {
        return Recognised.names(sentence, EntityType.PROJECT);
    }

    @Test
    void aFirmNameCutIntoSingleCharactersStartsTheListedProject() {
        Set<String> projects = projects("甲电2×100万千瓦、谦通预焙阳极二期、青松工业水合肼技改等12个项目相继投产");
        assertTrue(projects.contains("谦通预焙阳极二期"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.equals("焙阳极二期")), projects.toString());
    }

    @Test
    void aStatusWordNamingAFirmAfterAClauseBreakStartsTheProject() {
        assertEquals(Set.of("永恒新能源一期项目"), projects("连续第四年被评为十强县;永恒新能源一期项目顺利实现投产"));
    }

    @Test
    void aFirmNameSplitIntoANameAndAnAdverbStartsTheProject() {
        Set<String> projects = projects("、松通预焙阳极二期、国家甲基地综合保障区等一批重大项目相继落地");
        assertTrue(projects.contains("松通预焙阳极二期"), projects.toString());
    }

    @Test
    void aVerbOpeningTheClauseIsNoPartOfTheName() {
        assertEquals(Set.of("新能源一期项目"), projects("加快推进产业升级,加快新能源一期项目建设"));
    }

    @Test
    void aPronounOpeningTheClauseIsNoPartOfTheName() {
        Set<String> projects = projects("产业链加快延伸,其鹿新材料二期建成");
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("其")), projects.toString());
    }

    @Test
    void aCharacterCutOffAfterTheClauseVerbStartsTheWorks() {
        Set<String> projects = projects("加快实施天禄二期工程");
        assertTrue(projects.contains("天禄二期工程"), projects.toString());
        assertTrue(projects.stream().noneMatch(p -> p.startsWith("禄")), projects.toString());
    }

    @Test
    void aCharacterCutOffAfterTheClauseVerbStartsTheRailway() {
        Set<String> projects = projects("力争集大安高铁建成通车");
        assertTrue(projects.contains("集大安高铁"), projects.toString());
    }

    @Test
    void aParkOpeningAListItemKeepsTheCharactersCutOffIt() {
        String sentence = "、飞云生物科技产业园等一批项目落地";
        List<Token> tokens = List.of(new Token("、", "w", 0), new Token("飞", "v", 1), new Token("云", "q", 2),
                new Token("生物科技产业园", "nt", 3), new Token("等", "udeng", 10));
        Candidate park = new Candidate("生物科技产业园", EntityType.PLACE, 3, 10, "head:产业园");
        List<Candidate> repaired = new ClauseStartNames(Lexicon.standard()).repair(sentence, tokens, List.of(park));
        assertEquals("飞云生物科技产业园", repaired.get(0).surface());
    }

    @Test
    void twoCharactersThatMakeAVerbStayOutsideTheName() {
        String sentence = "、形成甲乙新材料产业园";
        List<Token> tokens = List.of(new Token("、", "w", 0), new Token("形", "ng", 1), new Token("成", "v", 2),
                new Token("甲乙新材料产业园", "nt", 3));
        Candidate park = new Candidate("甲乙新材料产业园", EntityType.PLACE, 3, 11, "head:产业园");
        List<Candidate> repaired = new ClauseStartNames(Lexicon.standard()).repair(sentence, tokens, List.of(park));
        assertEquals("甲乙新材料产业园", repaired.get(0).surface());
    }
}
