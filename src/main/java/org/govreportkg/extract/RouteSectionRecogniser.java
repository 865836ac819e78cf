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
            + "(?:[一二三四五六七八九十]期)?(?:(?:扩能改造|改扩建|提质改造|改造|整治|扩容|治理)(?:工程)?)?");

    /** A section named by its side or its phase (西段, 先行段), or a road's end named by its side before a list goes on (甲大道南、). */
    private static final Pattern SIDE_SECTION = Pattern.compile(
            "\\G(?:[东西南北中]段|(?:先行|起步|启动|首开)段|延长线|延伸段|复线|[东西南北](?=[、,;和及与]))"
            + "(?:[一二三四五六七八九十]期)?(?:(?:扩能改造|改扩建|提质改造|改造|整治|扩容|治理)(?:工程)?)?");
    /** Works where a route meets a place: its exit, interchange, toll station or service area there (甲高速乙出口). */
    private static final Pattern JUNCTION = Pattern.compile("\\G(\\p{IsHan}{2,4}?)(?:出口|互通立交|互通|收费站|服务区)");

    /** Kinds of route, which name no route of their own (高速公路复线 is no section of a named road). */
    private static final java.util.Set<String> KINDS_OF_ROUTE = java.util.Set.of("高速公路", "高速", "公路", "铁路", "高铁", "国道",
            "省道", "县道", "城际铁路", "轨道交通", "快速路", "主干道", "干道");

    private final PlaceDirectory places;

    RouteSectionRecogniser(PlaceDirectory places) {
        this.places = places;
    }

    /**
     * What follows a route named by its ends when its kind comes after a count (甲至乙等5条高速, 甲至乙2条高速公路), maybe
     * after more routes named so (甲至乙、丙至丁等2条高速).
     */
    private static final Pattern COUNTED_KIND = Pattern.compile(
            "\\G(?:、\\p{IsHan}{2,8}?至\\p{IsHan}{2,8}?)*?(?:等)?(?:[0-9一二三四五六七八九十两]+条)(?:在建)?(?:高速公路|高速|铁路|高铁|城际铁路)");

    List<Candidate> recognise(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(routesByTheirEnds(text, found));
        for (Candidate route : found) {
            if (route.type() == EntityType.ORGANIZATION || ROUTE_ENDS.indexOf(route.surface().charAt(route.surface().length() - 1)) < 0
                    && !route.rule().equals(RoadCodeRecogniser.RULE) || KINDS_OF_ROUTE.contains(route.surface())) {
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
            Matcher side = SIDE_SECTION.matcher(text);
            if (route.end() < text.length() && side.find(route.end())) {
                out.add(new Candidate(text.substring(route.start(), side.end()), EntityType.PROJECT, route.start(), side.end(), RULE));
                continue;
            }
            Matcher junction = JUNCTION.matcher(text);
            if (route.end() < text.length() && junction.find(route.end()) && namesPlace(junction.group(1), junction.start(1), found)) {
                out.add(new Candidate(text.substring(route.start(), junction.end()), EntityType.PROJECT, route.start(), junction.end(), RULE));
                continue;
            }
            Matcher m = SECTION.matcher(text);
            if (route.end() < text.length() && m.find(route.end())) {
                String single = m.group(3);
                // a one-place section must name a place (松溪段), not any word before 段 (建设段)
                if (single != null && !namesPlace(single, m.start(3), found)) {
                    continue;
                }
                out.add(new Candidate(text.substring(route.start(), m.end()), EntityType.PROJECT, route.start(), m.end(), RULE));
            }
        }
        return out;
    }

    /**
     * Routes named by their two ends only, the kind said once for several after a count (甲至乙等5条高速): the ends
     * are the route's name.
     */
    private static List<Candidate> routesByTheirEnds(String text, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        Matcher kind = COUNTED_KIND.matcher(text);
        for (Candidate from : found) {
            if (from.type() != EntityType.PLACE || from.end() >= text.length() || text.charAt(from.end()) != '至') {
                continue;
            }
            for (Candidate to : found) {
                if (to.type() == EntityType.PLACE && to.start() == from.end() + 1 && kind.find(to.end())) {
                    out.add(new Candidate(text.substring(from.start(), to.end()), EntityType.PROJECT, from.start(), to.end(), RULE));
                    break;
                }
            }
        }
        return out;
    }

    private boolean namesPlace(String name, int start, List<Candidate> found) {
        return places.knows(name) || found.stream().anyMatch(o -> o.type() == EntityType.PLACE
                && o.start() == start && o.end() == start + name.length());
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
