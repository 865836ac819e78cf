package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The firm at the start of a product line or facility named with a specification (青岚微12英寸生产线,
 * 松韵达3D打印中心, 沐东方第6代显示生产线): what precedes the specification is the maker, an organization of its
 * own, when HanLP did not know it as an ordinary word and it is no place. Line numbers (地铁3号线, 101线) and
 * phases are no specifications.
 */
final class BrandRecogniser {
    static final String RULE = "brand";
    private static final Pattern SPEC = Pattern.compile(
            "第?[0-9]+(?:\\.[0-9]+)?(?:英寸|寸|纳米|代|万吨|兆瓦)|[0-9]*[A-Za-z]+[0-9]*(?![0-9]*[号线期])");

    private final PlaceDirectory places;
    private final Lexicon lexicon;

    BrandRecogniser(PlaceDirectory places, Lexicon lexicon) {
        this.places = places;
        this.lexicon = lexicon;
    }

    List<Candidate> recognise(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate project : found) {
            if (project.type() != EntityType.PROJECT) {
                continue;
            }
            Matcher m = SPEC.matcher(project.surface());
            if (!m.find() || m.start() < 2 || m.start() > 6 || m.end() == project.surface().length()) {
                continue;
            }
            String maker = project.surface().substring(0, m.start());
            if (!maker.chars().allMatch(Character::isIdeographic)) {
                continue; // “龙i企”: a coined quoted name, not a maker and its product
            }
            int start = project.start(), end = start + m.start();
            List<Token> inside = tokens.stream().filter(t -> t.start() >= start && t.end() <= end).toList();
            boolean cutsToken = tokens.stream().anyMatch(t -> t.start() < end && end < t.end());
            if (cutsToken || places.knows(maker) || lexicon.isStopWord(maker) || lexicon.isGenericName(maker)
                    || found.stream().anyMatch(o -> o.start() == start && o.end() == end)
                    || !namelike(inside)) {
                continue;
            }
            out.add(new Candidate(maker, EntityType.ORGANIZATION, start, end, RULE));
        }
        return out;
    }

    /** A name HanLP tags as one (nz, nr, nt, j) or splits into single characters; ordinary words are no maker. */
    private static boolean namelike(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.tag().startsWith("ns") || t.tag().startsWith("v") && t.word().length() > 1)) {
            return false;
        }
        return tokens.stream().anyMatch(t -> t.tag().startsWith("nz") || t.tag().startsWith("nr") || t.tag().startsWith("nt")
                || t.tag().equals("j") || t.word().length() == 1 && Character.isIdeographic(t.word().charAt(0)));
    }
}
