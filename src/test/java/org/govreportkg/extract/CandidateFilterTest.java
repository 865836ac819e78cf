package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {
    private final CandidateFilter filter = new CandidateFilter(Lexicon.standard());

    @Test
    void meetingsAndGenericPhrasesAreDropped() {
        List<Candidate> out = filter.filter(List.of(
                new Candidate("第六次党代会", EntityType.ORGANIZATION, 0, 6, "tag:nt"),
                new Candidate("金融机构", EntityType.ORGANIZATION, 7, 11, "head:机构"),
                new Candidate("坪山河", EntityType.PLACE, 12, 15, "head:河")));
        assertEquals(List.of("坪山河"), out.stream().map(Candidate::surface).toList());
    }

    @Test
    void aNestedSpanOfTheSameTypeGivesWayButANestedPlaceHeadStays() {
        List<Candidate> out = filter.filter(List.of(
                new Candidate("坪山河干流综合整治工程", EntityType.PROJECT, 0, 11, "head:工程"),
                new Candidate("坪山河干流综合整治", EntityType.PROJECT, 0, 9, "head:整治"),
                new Candidate("坪山河风情带", EntityType.PLACE, 12, 18, "head:风情带"),
                new Candidate("坪山河", EntityType.PLACE, 12, 15, "head:河")));
        assertEquals(List.of("坪山河干流综合整治工程", "坪山河风情带", "坪山河"), out.stream().map(Candidate::surface).toList());
    }

    @Test
    void aPlaceTagSwallowingGazetteerNamesGivesWay() {
        List<Candidate> out = filter.filter(List.of(
                new Candidate("扶贫协作和汕尾", EntityType.PLACE, 0, 7, "tag:ns"),
                new Candidate("汕尾", EntityType.PLACE, 5, 7, "gazetteer")));
        assertEquals(List.of("汕尾"), out.stream().map(Candidate::surface).toList());
    }
}
