package org.govreportkg.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 全国首家|智慧康养驿站, 全省首个|数字孪生水厂: what a report calls the first of its kind is described by that kind,
 * not named; the span after 首家/首个 is dropped unless a step that knows names (an official body, the gazetteer, a
 * resolved form) found it. A span that starts with 首批 names a designation's kind likewise (首批数字乡村示范区).
 */
final class FirstOfAKind {
    private static final Pattern FIRST = Pattern.compile("首[家个座批所条只]$");
    private static final Pattern STARTS_FIRST = Pattern.compile("^首[家个座批所条只]");
    private static final Set<String> TRUSTED = Set.of("official", "deixis", "gazetteer", OfficialBodyRecogniser.OWN_PLACE);

    List<Candidate> drop(String sentence, List<Candidate> candidates) {
        return candidates.stream().filter(c -> !describedAsFirst(sentence, c)).toList();
    }

    static boolean describedAsFirst(String sentence, Candidate c) {
        return !TRUSTED.contains(c.rule()) && c.key().isEmpty()
                && (FIRST.matcher(sentence.substring(Math.max(0, c.start() - 2), c.start())).find()
                || STARTS_FIRST.matcher(c.surface()).find());
    }
}
