package org.govreportkg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * One real-world thing a report names, with every surface form it uses.
 *
 * @param key          identity across reports: two reports' entities with the same key are the same
 *                     thing and get the same IRI. The full official name for most entities; short forms
 *                     that could not be resolved are prefixed with their scope (the issuing body).
 * @param types        one or more types (a science city being built is a Place and a Project)
 * @param prefLabel    the fullest form used in the report
 * @param altLabels    every other surface form used in the report (short, deictic, official short forms)
 * @param mentions     every occurrence, in text order
 * @param divisionCode the GB/T 2260 administrative division code, for gazetteer places
 */
public record Entity(String key, Set<EntityType> types, String prefLabel, SortedSet<String> altLabels,
                     List<Mention> mentions, Optional<String> divisionCode) {
    public Entity {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("entity without a type: " + key);
        }
        types = Set.copyOf(types);
        altLabels = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(altLabels));
        mentions = List.copyOf(mentions);
    }
}
