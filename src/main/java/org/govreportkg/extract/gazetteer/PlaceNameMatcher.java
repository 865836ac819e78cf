package org.govreportkg.extract.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds division names in running text, leftmost-longest.
 *
 * <p>Full names and the short forms of provinces, cities and districts are found anywhere.
 * Short forms of towns, zones listed among towns, and names that are also common words are found
 * only when one of the divisions they name lies within the report's home, the city of the context
 * division: 坪山 is always 坪山区's short form, but 光明 ("bright") counts as 光明区 only in a
 * Shenzhen report. A name is not found where the text reads as an ordinary word across its edge
 * (和政 in 和政府, 城中 in 城中村), and short forms of counties outside the home province need
 * evidence (see {@link #hasEvidence}).
 *
 * <p>A hash lookup per position and length instead of an Aho–Corasick automaton: building the
 * automaton over 60,000 names costs more than scanning a whole report this way.
 */
final class PlaceNameMatcher {

    private static final List<String> FACILITY_HEADS = List.of(
            "路", "大道", "大街", "小学", "中学", "学校", "幼儿园", "医院", "站", "隧道", "立交", "大桥");

    private final Map<String, List<Division>> byName;
    private final StandardGazetteer gazetteer;
    private final Set<String> firstTwoChars;
    private final int maxLength;

    /** Where a report stands: its city, for local names, and its province, for nearby counties. */
    private record Home(Division city, Division province) {
    }

    PlaceNameMatcher(Map<String, List<Division>> byName, StandardGazetteer gazetteer) {
        this.byName = byName;
        this.gazetteer = gazetteer;
        Set<String> prefixes = new HashSet<>();
        int longest = 0;
        for (String name : byName.keySet()) {
            if (name.length() >= ShortNames.MIN_LENGTH) {
                prefixes.add(name.substring(0, 2));
                longest = Math.max(longest, name.length());
            }
        }
        this.firstTwoChars = Set.copyOf(prefixes);
        this.maxLength = longest;
    }

    List<PlaceSpan> findAll(String text, Optional<Division> context) {
        Optional<Home> home = context.map(c -> new Home(gazetteer.home(c), province(c)));
        List<PlaceSpan> spans = new ArrayList<>();
        int start = 0;
        while (start + ShortNames.MIN_LENGTH <= text.length()) {
            PlaceSpan previous = spans.isEmpty() ? null : spans.getLast();
            PlaceSpan span = longestAt(text, start, home, previous);
            if (span == null) {
                start++;
            } else {
                spans.add(span);
                start = span.end();
            }
        }
        return List.copyOf(spans);
    }

    private PlaceSpan longestAt(String text, int start, Optional<Home> home, PlaceSpan previous) {
        if (!firstTwoChars.contains(text.substring(start, start + 2))) {
            return null;
        }
        for (int end = Math.min(text.length(), start + maxLength); end >= start + ShortNames.MIN_LENGTH; end--) {
            String surface = text.substring(start, end);
            List<Division> candidates = byName.get(surface);
            if (candidates == null || CommonWords.GENERIC.contains(surface)) {
                continue;
            }
            boolean fullName = candidates.stream().anyMatch(d -> d.name().equals(surface));
            if (admissible(surface, candidates, fullName, home)
                    && !(CommonWords.isCommonWord(surface) && endsClause(text, end))
                    && !(!fullName && townsOnly(candidates) && startsFacilityName(text, end))
                    && !CommonWords.crossesWord(text, start, end, !fullName, this::namesCountyOrLarger)
                    && (fullName || !needsEvidence(candidates, home) || hasEvidence(text, start, end, candidates, previous))) {
                return new PlaceSpan(start, end, surface, candidates, fullName);
            }
        }
        return null;
    }

    private static boolean townsOnly(List<Division> candidates) {
        return candidates.stream().allMatch(d -> d.level() == Division.Level.TOWN);
    }

    /**
     * Roads, schools and stations take their names from the town they are in (某某北路, 某某小学);
     * a town's short form running into such a head is part of that name, not the town.
     */
    private static boolean startsFacilityName(String text, int end) {
        int at = end < text.length() && "东南西北中".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
        for (String head : FACILITY_HEADS) {
            if (text.startsWith(head, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean admissible(String surface, List<Division> candidates, boolean fullName, Optional<Home> home) {
        boolean townsOnly = townsOnly(candidates);
        boolean common = CommonWords.isCommonWord(surface);
        // Zones and farms listed among towns (旅游度假区, 种猪场, 东部新区) share generic names
        // nationwide: no short form, or only a common word (东部) as one.
        boolean zoneName = townsOnly && candidates.stream()
                .noneMatch(d -> d.hasShortName() && !CommonWords.isCommonWord(d.shortName()));
        if (fullName && !common && !zoneName) {
            return true;
        }
        if (common && townsOnly && !fullName) {
            return false; // 招商, 莲花: far more often the word than the town's short form
        }
        if (!common && !townsOnly) {
            return true;
        }
        return home.isPresent() && candidates.stream().anyMatch(d -> gazetteer.isWithin(d, home.get().city()));
    }

    /**
     * Short forms of counties far from the report's province are mostly coincidences (鼓楼公园,
     * 江夏水库); they count only with evidence. Cities and provinces are well enough known.
     */
    private boolean needsEvidence(List<Division> candidates, Optional<Home> home) {
        if (candidates.getFirst().level().compareTo(Division.Level.DISTRICT) < 0) {
            return false;
        }
        if (home.isEmpty()) {
            return true;
        }
        Home h = home.get();
        return candidates.stream().noneMatch(d -> gazetteer.isWithin(d, h.city())
                || d.level() != Division.Level.TOWN && gazetteer.isWithin(d, h.province()));
    }

    /**
     * The county's city or province named just before it (云南腾冲, 保山腾冲); or the name
     * coordinated with the place just found (腾冲、龙陵); or the name standing alone between
     * delimiters or coordinators (与龙陵、). A name run into other characters (山水长兴”) is not
     * enough.
     */
    private boolean hasEvidence(String text, int start, int end, List<Division> candidates, PlaceSpan previous) {
        for (Division candidate : candidates) {
            for (Division ancestor : gazetteer.ancestors(candidate)) {
                if (endsAt(text, start, ancestor.shortName()) || endsAt(text, start, ancestor.name())) {
                    return true;
                }
            }
        }
        boolean separatedBefore = start == 0 || isSeparator(text.charAt(start - 1));
        if (separatedBefore && previous != null && previous.end() == start - 1) {
            return true;
        }
        if (end < text.length() && isSeparator(text.charAt(end)) && siblingFollows(text, end + 1, candidates)) {
            return true; // the first of a list of districts of one city (甲、乙、丙): the next item vouches for it
        }
        return separatedBefore && (end == text.length() || isSeparator(text.charAt(end)));
    }

    /** Whether a short form of another district or county of the same city starts at {@code at}. */
    private boolean siblingFollows(String text, int at, List<Division> candidates) {
        for (int end = Math.min(text.length(), at + maxLength); end >= at + ShortNames.MIN_LENGTH; end--) {
            List<Division> next = byName.get(text.substring(at, end));
            if (next == null) {
                continue;
            }
            for (Division a : candidates) {
                for (Division b : next) {
                    if (a != b && a.level() == Division.Level.DISTRICT && b.level() == Division.Level.DISTRICT
                            && a.parentCode().isPresent() && a.parentCode().equals(b.parentCode())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A common word closing a clause is mostly the word in its predicate use (前景光明。), while a
     * place is followed by what is there (光明体育馆) or by the next item of a list (光明、坪山).
     */
    private static boolean endsClause(String text, int end) {
        return end == text.length() || "。，；！？：,.;!?:\n".indexOf(text.charAt(end)) >= 0;
    }

    private Division province(Division d) {
        List<Division> chain = gazetteer.ancestors(d);
        return chain.isEmpty() ? d : chain.getLast();
    }

    private boolean namesCountyOrLarger(String word) {
        List<Division> divisions = byName.get(word);
        return divisions != null && divisions.getFirst().level() != Division.Level.TOWN;
    }

    private static boolean endsAt(String text, int end, String name) {
        return end >= name.length() && text.startsWith(name, end - name.length());
    }

    /** Punctuation, digits and Latin letters, or a word joining names in a list. */
    private static boolean isSeparator(char c) {
        return Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || "、和与及等".indexOf(c) >= 0;
    }
}
