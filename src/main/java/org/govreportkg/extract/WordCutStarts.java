package org.govreportkg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.List;
import java.util.Set;

/**
 * A name never starts on the second character of a unit: when the character before a candidate and its first
 * character make a measure word (300万千|瓦光伏 read as 瓦光伏), the span is a size's tail, no name. Other words are
 * left alone: 在建|平县 and 进城|南新区 cut a verb off a real name.
 */
final class WordCutStarts {
    private static final Set<String> TRUSTED = Set.of("official", OfficialBodyRecogniser.OWN_PLACE, "deixis", "gazetteer",
            PlaceDirectory.CHAIN_RULE, CoordinationExpander.RULE);

    List<Candidate> drop(String sentence, List<Candidate> candidates) {
        return candidates.stream().filter(c -> !startsInsideAUnit(sentence, c)).toList();
    }

    static boolean startsInsideAUnit(String sentence, Candidate c) {
        int s = c.start();
        if (TRUSTED.contains(c.rule()) || s == 0 || c.surface().length() < 2) {
            return false;
        }
        char before = sentence.charAt(s - 1);
        if (!Character.isIdeographic(before)) {
            return false;
        }
        String across = sentence.substring(s - 1, s + 1);
        CoreDictionary.Attribute word = CoreDictionary.get(across);
        return word != null && java.util.Arrays.stream(word.nature).anyMatch(n -> n.toString().startsWith("q"))
                && !CoreDictionary.contains(c.surface().substring(0, 2));
    }
}
