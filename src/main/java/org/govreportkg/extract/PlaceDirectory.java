package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.govreportkg.extract.gazetteer.Division;
import org.govreportkg.extract.gazetteer.Gazetteer;
import org.govreportkg.extract.gazetteer.PlaceSpan;

/**
 * The gazetteer as the extractor uses it: finds division names in a sentence, resolves a surface in
 * the report's context, and gives each division a stable key, its full name prefixed by the city and
 * district it lies in (青岚市, 青岚市星河区, 青岚市星河区云溪街道) so short forms and full forms meet.
 */
final class PlaceDirectory {
    static final String CHAIN_RULE = "chain";
    /** 甲右前旗|人民政府: a place HanLP glued to the body it names is still the place. */
    private static final java.util.regex.Pattern BODY_AFTER_PLACE =
            java.util.regex.Pattern.compile("人民政府|人民代表大会|第[一二三四五六七八九十]+届|委员会|政府|党委");
    private final Gazetteer gazetteer;
    private final java.util.Set<String> regions;

    PlaceDirectory(Gazetteer gazetteer) {
        this(gazetteer, Lexicon.words("regions.txt"));
    }

    PlaceDirectory(Gazetteer gazetteer, java.util.Set<String> regions) {
        this.gazetteer = gazetteer;
        this.regions = java.util.Set.copyOf(regions);
    }

    /** Hong Kong, Macao, Taiwan, macro-regions and the largest rivers, lakes and mountains: no divisions, so not in the gazetteer. */
    boolean isRegion(String surface) {
        return regions.contains(surface);
    }

    /** The division the report speaks for (its district, else its city), if the gazetteer knows it. */
    Optional<Division> context(ReportScope scope) {
        Optional<Division> city = scope.city().flatMap(c -> gazetteer.resolve(c, Optional.empty()));
        Optional<Division> district = scope.district().flatMap(d -> gazetteer.resolve(d, city));
        return district.isPresent() ? district : city.isPresent() ? city : scope.province().flatMap(p -> gazetteer.resolve(p, Optional.empty()));
    }

    /**
     * Division names in a sentence. A short form (not the full official name) must line up with the
     * segmentation, so county names hidden in ordinary words (城中村, 和政协) are not taken.
     */
    /**
     * Fills in the city and province the issuing body leaves out (星河区人民政府 → 青岚市, 广东省). A district whose
     * name several cities share takes its city from where the report's opening writes the two together (在青岚市星河区
     * 第十届人民代表大会上).
     */
    ReportScope complete(ReportScope scope, String opening) {
        if (scope.province().isEmpty() && scope.city().isEmpty() && scope.district().isEmpty() && scope.town().isEmpty()) {
            Optional<Division> own = mostNamedOwnDivision(opening);
            if (own.isPresent()) {
                Division d = own.get();
                boolean city = d.level() == Division.Level.CITY;
                scope = new ReportScope(d.name() + "人民政府", Optional.empty(), city ? Optional.of(d.name()) : Optional.empty(),
                        city ? Optional.empty() : Optional.of(d.name()));
            }
        }
        if (scope.city().filter(c -> c.startsWith("自治")).isPresent()) {
            // 自治州人民政府: the prefecture's full name is in the delivery line (在甲乙藏族自治州第十五届人民代表大会上)
            Optional<String> named = fullNameWritten(scope.city().get(), opening);
            scope = new ReportScope(scope.issuingBody(), scope.province(), named, scope.district());
        }
        if (scope.city().isEmpty() && scope.district().isPresent()) {
            Optional<String> city = cityWrittenBefore(scope.district().get(), opening);
            if (city.isPresent()) {
                scope = new ReportScope(scope.issuingBody(), scope.province(), city, scope.district());
            }
        }
        if (scope.town().isPresent() && scope.city().isEmpty() && scope.district().isEmpty()) {
            Optional<Division> county = countyLeadingTheTown(opening);
            if (county.isPresent()) {
                scope = county.get().level() == Division.Level.CITY
                        ? new ReportScope(scope.issuingBody(), scope.province(), Optional.of(county.get().name()), Optional.empty())
                        : new ReportScope(scope.issuingBody(), scope.province(), Optional.empty(), Optional.of(county.get().name()));
            }
        }
        return complete(scope);
    }

    private static final int MAX_NAME = 8;
    private static final int MIN_OWN_MENTIONS = 2;

    /**
     * A page that gives neither title, delivery line nor by-line (a report's second page, an abridged version) is still
     * about one county or city: the one its opening names most often, at least twice, when the opening also speaks of
     * that level as its own (全县, 县委, 我县). A name several divisions share counts for none.
     */
    private Optional<Division> mostNamedOwnDivision(String opening) {
        java.util.Map<Division, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < opening.length(); i++) {
            for (int length = Math.min(MAX_NAME, opening.length() - i); length >= 2; length--) {
                List<Division> named = gazetteer.byName(opening.substring(i, i + length)).stream()
                        .filter(d -> d.level() == Division.Level.DISTRICT || d.level() == Division.Level.CITY).toList();
                if (!named.isEmpty()) {
                    if (named.size() == 1) {
                        counts.merge(named.get(0), 1, Integer::sum);
                    }
                    i += length - 1;
                    break;
                }
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        List<Division> top = counts.entrySet().stream().filter(e -> e.getValue() == most).map(java.util.Map.Entry::getKey).toList();
        if (most < MIN_OWN_MENTIONS || top.size() != 1) {
            return Optional.empty();
        }
        Division d = top.get(0);
        char level = d.name().charAt(d.name().length() - 1);
        boolean ownWords = opening.contains("全" + level) || opening.contains(level + "委") || opening.contains("我" + level);
        return ownWords ? Optional.of(d) : Optional.empty();
    }

    /** 甲乙县委、县政府: the committee and government a town's report thanks for their lead, both of one county. */
    private static final java.util.regex.Pattern LEADERS = java.util.regex.Pattern.compile("([区县旗])委[、和]\\1政府");
    private static final int MAX_COUNTY = 8;

    /**
     * The county (or district, or city) over a town whose title names only the town: its report thanks the county's
     * committee and government by full name for their lead (在甲乙县委、县政府和镇党委的坚强领导下).
     */
    private Optional<Division> countyLeadingTheTown(String opening) {
        java.util.regex.Matcher m = LEADERS.matcher(opening);
        while (m.find()) {
            int end = m.start() + 1;
            for (int length = Math.min(MAX_COUNTY, end); length >= 3; length--) {
                String name = opening.substring(end - length, end); // longest first: 甲坡头区, not the 坡头区 elsewhere
                Optional<Division> d = gazetteer.resolve(name, Optional.empty())
                        .filter(x -> x.name().equals(name) && x.level() != Division.Level.TOWN && x.level() != Division.Level.PROVINCE);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> fullNameWritten(String tail, String opening) {
        for (int at = opening.indexOf(tail); at > 0; at = opening.indexOf(tail, at + 1)) {
            for (int length = 2; length <= 8 && at - length >= 0; length++) {
                String name = opening.substring(at - length, at + tail.length());
                Optional<Division> d = gazetteer.resolve(name, Optional.empty());
                if (d.isPresent() && d.get().level() == Division.Level.CITY && d.get().name().equals(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> cityWrittenBefore(String district, String opening) {
        for (int at = opening.indexOf(district); at > 0; at = opening.indexOf(district, at + 1)) {
            if (opening.charAt(at - 1) != '市') {
                continue;
            }
            for (int length = 3; length <= 5 && at - length >= 0; length++) {
                String name = opening.substring(at - length, at);
                Optional<Division> city = gazetteer.resolve(name, Optional.empty());
                if (city.isPresent() && city.get().level() == Division.Level.CITY && city.get().name().equals(name)
                        && gazetteer.resolve(district, city).filter(d -> gazetteer.ancestors(d).contains(city.get())).isPresent()) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** Fills in the city and province the issuing body leaves out (星河区人民政府 → 青岚市, 广东省). */
    ReportScope complete(ReportScope scope) {
        Optional<Division> own = context(scope);
        if (own.isEmpty()) {
            return scope;
        }
        Optional<String> city = scope.city(), province = scope.province();
        for (Division up : gazetteer.ancestors(own.get())) {
            if (up.level() == Division.Level.CITY && city.isEmpty()) {
                city = Optional.of(up.name());
            }
            if (up.level() == Division.Level.PROVINCE && province.isEmpty()) {
                province = Optional.of(up.name());
            }
        }
        if (own.get().level() == Division.Level.PROVINCE && province.isEmpty()) {
            province = Optional.of(own.get().name());
        }
        return new ReportScope(scope.issuingBody(), province, city, scope.district());
    }

    /** Verbs of the slogans that say how a county is to thrive (产业兴县, 生态立县, 工业强县). */
    private static final String SLOGAN_VERBS = "兴强富立活稳旺美";

    /**
     * Whether a two-character county name is the end of a four-character slogan (实业富县、…): a slogan verb and 县 after
     * two characters of a word, before a list separator or the slogan's end.
     */
    static boolean sloganOfTheCounty(String text, PlaceSpan p) {
        String s = p.surface();
        int after = p.end();
        return s.length() == 2 && s.charAt(1) == '县' && SLOGAN_VERBS.indexOf(s.charAt(0)) >= 0 && p.start() >= 2
                && Character.isIdeographic(text.charAt(p.start() - 1)) && Character.isIdeographic(text.charAt(p.start() - 2))
                && (after == text.length() || "、,，”;；。\"".indexOf(text.charAt(after)) >= 0);
    }

    private boolean inOwnCity(String surface, Optional<Division> context) {
        Optional<Division> city = context.flatMap(c -> levelOf(c, Division.Level.CITY));
        return city.isPresent() && gazetteer.byName(surface).stream().anyMatch(d -> gazetteer.isWithin(d, city.get()));
    }

    /** 4.5万城镇居民: a place name starting with a number's unit right after the number is the unit and a word. */
    static boolean afterANumber(String text, int start, String surface) {
        return start > 0 && "万亿千百".indexOf(surface.charAt(0)) >= 0
                && (Character.isDigit(text.charAt(start - 1)) || "一二三四五六七八九十".indexOf(text.charAt(start - 1)) >= 0);
    }

    private static boolean insideLongerQuote(String text, int start, int end) {
        int open = text.lastIndexOf('“', start - 1);
        int closeBefore = text.lastIndexOf('”', start - 1);
        int close = text.indexOf('”', end);
        return open >= 0 && open > closeBefore && close >= 0 && close - open - 1 > end - start && close - open <= 12;
    }

        List<Candidate> recognise(String text, List<Token> tokens, Optional<Division> context) {
        List<Candidate> out = new ArrayList<>();
        PlaceSpan previous = null;
        PlaceSpan previousKept = null;
        List<PlaceSpan> spans = gazetteer.findAll(text, context);
        for (PlaceSpan p : spans) {
            Optional<String> before = previous != null && previous.end() == p.start()
                    ? Optional.of(previous.surface()) : Optional.empty();
            previous = p;
            // a province HanLP glued to what follows it (甲省振兴发展/nt) is still the province
            boolean provinceAtTokenStart = p.candidates().stream().allMatch(d -> d.level() == Division.Level.PROVINCE)
                    && tokens.stream().anyMatch(t -> t.start() == p.start() && !t.tag().startsWith("ns"));
            if (!p.fullName() && (cutsWord(tokens, p.start()) || cutsWord(tokens, p.end()) && !provinceAtTokenStart
                    && !BODY_AFTER_PLACE.matcher(text).region(p.end(), text.length()).lookingAt()
                    || !plausible(p.surface(), context, before) && !listedWithASibling(text, p, spans))) {
                continue;
            }
            if (tokens.stream().anyMatch(t -> t.start() == p.start() && t.end() == p.end() && t.tag().startsWith("v"))
                    && !plausible(p.surface(), context, before)) {
                continue; // 产业兴县/v: a far county's name HanLP reads as a verb is the verb of a slogan
            }
            if (!p.fullName() && tokens.stream().anyMatch(t -> t.start() == p.start() && t.end() == p.end()
                    && (t.tag().startsWith("v") || t.tag().startsWith("a"))) && !inOwnCity(p.surface(), context)) {
                continue; // 勠力同心/vi: a county's short form read as a verb or adjective names it only at home
            }
            if (afterANumber(text, p.start(), p.surface())) {
                continue; // 4.5万城镇居民: a number's unit and a common word, not the town 万城镇
            }
            if (sloganOfTheCounty(text, p)) {
                continue; // 实业富县、文旅兴县: a slogan's verb and the word county, not the county 富县
            }
            if (p.surface().length() == 2 && p.start() > 0 && "和与及".indexOf(p.surface().charAt(0)) >= 0
                    && Character.isIdeographic(text.charAt(p.start() - 1))) {
                continue; // 乡镇和县直部门: the conjunction and a level word, not the county 和县
            }
            if (!p.fullName() && p.candidates().stream().allMatch(d -> d.level() == Division.Level.TOWN)
                    && insideLongerQuote(text, p.start(), p.end())) {
                continue; // a town's short form inside a quoted slogan (“创业松岭”) is a word of the slogan
            }
            if (p.surface().length() == 2 && insideLongerQuote(text, p.start(), p.end()) && !nearby(p, context)) {
                continue; // a two-character county far away inside a slogan (“开放兴X”) is a word of the slogan
            }
            out.add(new Candidate(p.surface(), EntityType.PLACE, p.start(), p.end(), "gazetteer"));
            if (previousKept != null && previousKept.end() == p.start()) {
                chained(text, previousKept, p).ifPresent(out::add);
            }
            previousKept = p;
        }
        return out;
    }

    /**
     * A division written after the one containing it (甲市乙区) is also named by the whole chain: the
     * chain is that division's fullest form in the text.
     */
    private Optional<Candidate> chained(String text, PlaceSpan outer, PlaceSpan inner) {
        for (Division d : inner.candidates()) {
            List<Division> up = gazetteer.ancestors(d);
            if (!up.isEmpty() && d.level() != Division.Level.TOWN && outer.candidates().contains(up.get(0))
                    && inner.surface().equals(d.name())) {
                return Optional.of(new Candidate(text.substring(outer.start(), inner.end()), EntityType.PLACE,
                        outer.start(), inner.end(), CHAIN_RULE, Optional.of(key(d))));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a short form is likely the division it names here: provinces and cities always; counties
     * and towns only within the report's province or right after a place containing them (保山腾冲),
     * since most short county names are also ordinary words or names elsewhere (惠民, 通城, 福安).
     */
    boolean plausible(String surface, Optional<Division> context, Optional<String> before) {
        Optional<Division> province = context.flatMap(c -> levelOf(c, Division.Level.PROVINCE));
        Optional<Division> city = context.flatMap(c -> levelOf(c, Division.Level.CITY));
        Optional<Division> outer = before.flatMap(b -> gazetteer.resolve(b, context));
        for (Division d : gazetteer.byName(surface)) {
            // towns by short name only within the report's city: 新洲, 惠民 are towns somewhere in every province
            Optional<Division> area = d.level() == Division.Level.TOWN ? city : province;
            // two-character full names of far-away districts are mostly common words (西区, 城区)
            boolean fullAndDistinct = d.name().equals(surface) && (surface.length() > 2 || d.level() == Division.Level.CITY);
            if (fullAndDistinct || d.level() == Division.Level.PROVINCE || d.level() == Division.Level.CITY
                    || area.isPresent() && gazetteer.isWithin(d, area.get())
                    || outer.isPresent() && gazetteer.isWithin(d, outer.get())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code p} stands in a list (甲、乙和丙) next to a short form of another district or county of the same
     * city: districts named together are read as districts, even far from the report's own province.
     */
    private static boolean listedWithASibling(String text, PlaceSpan p, List<PlaceSpan> spans) {
        for (PlaceSpan q : spans) {
            int gapStart = q.end() <= p.start() ? q.end() : p.end();
            int gapEnd = q.end() <= p.start() ? p.start() : q.start();
            if (q == p || gapEnd < gapStart || !LIST_JOINERS.contains(text.substring(gapStart, gapEnd))) {
                continue;
            }
            for (Division a : p.candidates()) {
                for (Division b : q.candidates()) {
                    if (a != b && a.level() == Division.Level.DISTRICT && b.level() == Division.Level.DISTRICT
                            && a.parentCode().isPresent() && a.parentCode().equals(b.parentCode())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> LIST_JOINERS = Set.of("、", "和", "及", "与");

    /** Whether one reading of {@code p} lies in the report's province (or is a province or city itself). */
    private boolean nearby(PlaceSpan p, Optional<Division> context) {
        Optional<Division> province = context.flatMap(c -> levelOf(c, Division.Level.PROVINCE));
        return p.candidates().stream().anyMatch(d -> d.level() == Division.Level.PROVINCE || d.level() == Division.Level.CITY
                || province.isPresent() && gazetteer.isWithin(d, province.get()));
    }

    private Optional<Division> levelOf(Division d, Division.Level level) {
        if (d.level() == level) {
            return Optional.of(d);
        }
        return gazetteer.ancestors(d).stream().filter(a -> a.level() == level).findFirst();
    }

    private static final String JOINERS = "至和与及到";
    private static final String LEADING_JOINERS = "至到在";

    /** True when {@code at} falls inside a token that is not itself a name HanLP glued together. */
    private static boolean cutsWord(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.start() < at && at < t.end()) {
                // HanLP glues a joining word to a name it does not know (甲南至/nr 乙白): the name still stands
                boolean gluedJoiner = t.end() - at == 1 && JOINERS.indexOf(t.word().charAt(t.word().length() - 1)) >= 0
                        || at - t.start() == 1 && LEADING_JOINERS.indexOf(t.word().charAt(0)) >= 0;
                return !gluedJoiner && !(t.tag().startsWith("ns") && t.word().length() > 3 && !t.word().endsWith("国"));
            }
        }
        return false;
    }

    Optional<Division> resolve(String surface, Optional<Division> context) {
        return gazetteer.resolve(surface, context);
    }

    boolean knows(String surface) {
        return !gazetteer.byName(surface).isEmpty();
    }

    String key(Division d) {
        StringBuilder b = new StringBuilder();
        List<Division> up = gazetteer.ancestors(d);
        for (int i = up.size() - 1; i >= 0; i--) {
            if (up.get(i).level() != Division.Level.PROVINCE) {
                b.append(up.get(i).name());
            }
        }
        return b.append(d.name()).toString();
    }

    Optional<Division> byCode(String code) {
        return gazetteer.byCode(code);
    }

    List<Division> ancestors(Division d) {
        return gazetteer.ancestors(d);
    }
}
