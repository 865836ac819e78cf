package org.govreportkg.extract.gazetteer;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds division names in running text, leftmost-longest, with one Aho–Corasick pass.
 *
 * <p>Full names and the short forms of provinces, cities and districts are found anywhere.
 * Short forms of towns and names that are also common words are found only when one of the
 * divisions they name lies within the context division: 坪山 is always 坪山区's short form,
 * but 光明 ("bright") counts as 光明区 only in a Shenzhen report.
 */
final class PlaceNameMatcher {

    private record Entry(String surface, List<Division> candidates, boolean fullName, boolean needsContext) {
    }

    private record Hit(int begin, int end, Entry entry) {
    }

    private final AhoCorasickDoubleArrayTrie<Entry> trie;
    private final Gazetteer gazetteer;

    PlaceNameMatcher(Map<String, List<Division>> byName, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        TreeMap<String, Entry> entries = new TreeMap<>();
        byName.forEach((surface, candidates) -> {
            if (surface.length() < ShortNames.MIN_LENGTH || CommonWords.GENERIC.contains(surface)) {
                return;
            }
            boolean fullName = candidates.stream().anyMatch(d -> d.name().equals(surface));
            boolean freeShortForm = candidates.stream()
                    .anyMatch(d -> d.level() != Division.Level.TOWN && d.shortName().equals(surface));
            boolean needsContext = !(fullName || freeShortForm) || CommonWords.isCommonWord(surface);
            entries.put(surface, new Entry(surface, candidates, fullName, needsContext));
        });
        this.trie = new AhoCorasickDoubleArrayTrie<>(entries);
    }

    List<PlaceSpan> findAll(String text, Optional<Division> context) {
        List<Hit> hits = new ArrayList<>();
        trie.parseText(text, (begin, end, entry) -> {
            if (!entry.needsContext() || context.isPresent() && anyWithin(entry.candidates(), context.get())) {
                hits.add(new Hit(begin, end, entry));
            }
        });
        hits.sort(Comparator.comparingInt(Hit::begin).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<PlaceSpan> spans = new ArrayList<>();
        int covered = 0;
        for (Hit hit : hits) {
            if (hit.begin() >= covered) {
                Entry e = hit.entry();
                spans.add(new PlaceSpan(hit.begin(), hit.end(), e.surface(), e.candidates(), e.fullName()));
                covered = hit.end();
            }
        }
        return List.copyOf(spans);
    }

    private boolean anyWithin(List<Division> candidates, Division area) {
        for (Division d : candidates) {
            if (gazetteer.isWithin(d, area)) {
                return true;
            }
        }
        return false;
    }
}
