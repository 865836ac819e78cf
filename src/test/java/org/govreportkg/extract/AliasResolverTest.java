package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.govreportkg.extract.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

class AliasResolverTest {
    private final PlaceDirectory places = new PlaceDirectory(Gazetteer.standard());
    private final AliasResolver resolver = new AliasResolver(places);

    private List<Entity> resolve(String text, Candidate... cs) {
        Sentence s = new Sentence(text, 0, text.length());
        List<Found> found = java.util.Arrays.stream(cs).map(c -> new Found(c, s)).toList();
        return resolver.resolve(text, found, Scopes.PINGSHAN, places.context(Scopes.PINGSHAN));
    }

    @Test
    void aWorkAndItsNameWithoutTheHeadAreOneEntity() {
        String text = "新洲路南延项目和新洲路南延";
        List<Entity> e = resolve(text,
                new Candidate("新洲路南延项目", EntityType.PROJECT, 0, 7, "head:项目"),
                new Candidate("新洲路南延", EntityType.PROJECT, 8, 13, "head:延"));
        assertEquals(1, e.size());
        assertEquals("新洲路南延项目", e.get(0).prefLabel());
        assertEquals(new TreeSet<>(Set.of("新洲路南延")), e.get(0).altLabels());
    }

    @Test
    void aShortPlaceNameJoinsItsFullFormAndTheDivisionCode() {
        String text = "坪山和坪山区";
        List<Entity> e = resolve(text,
                new Candidate("坪山", EntityType.PLACE, 0, 2, "gazetteer"),
                new Candidate("坪山区", EntityType.PLACE, 3, 6, "gazetteer"));
        assertEquals(1, e.size());
        assertEquals("深圳市坪山区", e.get(0).key());
        assertEquals(Optional.of("440310"), e.get(0).divisionCode());
        assertEquals(2, e.get(0).mentions().size());
    }

    @Test
    void aCoordinatedNameIsLabelledWithItsExpansionAndMentionedByItsConjunct() {
        String text = "福沙、福景2座消防站";
        List<Entity> e = resolve(text,
                new Candidate("福沙", EntityType.PROJECT, 0, 2, CoordinationExpander.RULE, Optional.of("福沙消防站")));
        assertEquals("福沙消防站", e.get(0).prefLabel());
        assertEquals("福沙", e.get(0).mentions().get(0).text());
    }
}
