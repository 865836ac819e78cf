package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes and their sections, which reports name by the places they join. A section (青岚铁路松溪至竹岭段,
 * 青岚高速松溪段), with the works on it when they follow (…段扩能改造, …段二期整治), is a project of its own;
 * the route stays a name inside it. A route named by a dash chain of places (松溪-竹岭-青岚城际铁路) keeps the
 * whole chain: the head alone would take only the last place.
 */
final class RouteSectionRecogniser {
    static final String RULE = "section";
    /** Last characters of the heads of routes: railways, roads, rivers, canals, lines. */
    private static final String ROUTE_ENDS = "路铁速际江河道线渠";
    /** Heads of lines named after the towns they join (甲-乙-丙城际铁路, 甲-乙高速). */
    private static final Pattern LINES = Pattern.compile("(?:铁路|铁路线|城际|高铁|高速|高速公路|轨道|快线)$");
    private static final Pattern SECTION = Pattern.compile(
            "\\G(?:(\\p{IsHan}{1,6}?)至(\\p{IsHan}{1,6}?)|(\\p{IsHan}{2,5}?))段"
            + "(?:[一二三四五六七八九十]期)?(?:扩能改造|改扩建|提质改造|改造|整治|扩容|治理)?");

    private final PlaceDirectory places;

    RouteSectionRecogniser(PlaceDirectory places) {
        this.places = places;
    }

    List<Candidate> recognise(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate route : found) {
            if (route.type() == EntityType.ORGANIZATION || ROUTE_ENDS.indexOf(route.surface().charAt(route.surface().length() - 1)) < 0) {
                continue;
            }
            // a chain ends in a route's head (…-青岚城际铁路); a place that only ends like one (镇江) starts none
            // (镇江), nor does a river or park between places of a greenway (甲山-乙河-丙湾通廊): only lines joining towns
            int start = route.rule().startsWith("head:") && LINES.matcher(route.surface()).find()
                    ? chainStart(text, route, found) : route.start();
            if (start < route.start()) {
                out.add(new Candidate(text.substring(start, route.end()), route.type(), start, route.end(), RULE,
                        Optional.empty(), route.alsoTypes()));
            }
            Matcher m = SECTION.matcher(text);
            if (route.end() < text.length() && m.find(route.end())) {
                String single = m.group(3);
                // a one-place section must name a place (松溪段), not any word before 段 (建设段)
                if (single != null && !places.knows(single) && found.stream().noneMatch(o -> o.type() == EntityType.PLACE
                        && o.start() == m.start(3) && o.end() == m.end(3))) {
                    continue;
                }
                out.add(new Candidate(text.substring(route.start(), m.end()), EntityType.PROJECT, route.start(), m.end(), RULE));
            }
        }
        return out;
    }

    /** Where a dash chain of places before the route's name starts (松溪-竹岭-|青岚城际铁路); its own start if none. */
    private static int chainStart(String text, Candidate route, List<Candidate> found) {
        int start = route.start();
        while (start > 1 && text.charAt(start - 1) == '-') {
            int dash = start - 1;
            Optional<Candidate> place = found.stream()
                    .filter(o -> o.type() == EntityType.PLACE && o.end() == dash && dash - o.start() >= 2)
                    .min(java.util.Comparator.comparingInt(Candidate::start));
            if (place.isEmpty()) {
                break;
            }
            start = place.get().start();
        }
        return start;
    }
}
