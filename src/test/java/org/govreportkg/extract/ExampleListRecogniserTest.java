package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleListRecogniserTest {
    private final Lexicon lexicon = Lexicon.standard();
    private final ExampleListRecogniser recogniser = new ExampleListRecogniser(lexicon, new HeadedNameRecogniser(lexicon));
    private final Segmenter segmenter = new Segmenter();

    private List<String> names(String s, EntityType type) {
        return recogniser.recognise(s, new TokenRefiner().refine(segmenter.segment(s)), List.of()).stream()
                .filter(c -> c.type() == type).map(Candidate::surface).toList();
    }

    @Test
    void firmsGivenAsExamplesAreOrganizations() {
        assertEquals(List.of("联懋"), names("完成联懋等25家企业注册地迁入", EntityType.ORGANIZATION));
    }

    @Test
    void listsOfIndustriesAreNoNames() {
        assertEquals(List.of(), names("积极引进第三代半导体、无人驾驶、人工智能等优质产业项目", EntityType.PROJECT));
        assertEquals(List.of(), names("引进现代物流、会展、信息咨询等服务业企业", EntityType.ORGANIZATION));
    }

    @Test
    void itemsAlreadyRecognisedAreLeftToTheirRecogniser() {
        String s = "加快深圳音乐学院等项目";
        List<Candidate> found = List.of(new Candidate("深圳音乐学院", EntityType.ORGANIZATION, 2, 8, "head:学院"));
        assertEquals(List.of(), recogniser.recognise(s, segmenter.segment(s), found));
    }
}
