package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Party and government bodies by their official forms, full or short: 星河区人民政府, 区政府, 区委, 市委,
 * 省委, 区人大, 区人大常委会, 区政协, 区政府党组, and 党中央. HanLP tags these inconsistently
 * ({@code nis}, {@code n}, or glued into one {@code nt} with a neighbour: 市委市政府, 区人大和区政协,
 * 代表星河区人民政府), so they are matched on characters and then resolved against the report's scope:
 * a short form names the body of the report's own province, city or district.
 */
final class OfficialBodyRecogniser {
    /** Every division's full and short name: a body token HanLP made (合肥市委/nt) names its place when it starts with one. */
    private final java.util.Set<String> placeNames;

    OfficialBodyRecogniser() {
        this(org.govreportkg.extract.gazetteer.Gazetteer.standard().names());
    }

    OfficialBodyRecogniser(java.util.Set<String> placeNames) {
        this.placeNames = placeNames;
    }

    private static final Pattern BODY = Pattern.compile("(自治区|自治州|[省市区县州旗盟镇乡])(人大常委会|人大主席团|人大(?!会)|政协|人民政府|政府|党委|委)(党组)?");
    /** A prefecture's party committee (地委) and a league's or prefecture's administrative office (行署), by their short forms. */
    private static final Pattern PREFECTURE = Pattern.compile("地委(?![员托书会屈])|[盟地]?行署");
    /** A people's congress by its term (区十七届人大, 某省第十三届人民代表大会): the body, also inside its session's name. */
    private static final Pattern TERM = Pattern.compile("([省市区县])第?[一二三四五六七八九十]+届(?:人大|人民代表大会)(?!常)");
    /** 区人大、政协: a second body after a first shares its level. */
    private static final Pattern SHARED_LEVEL = Pattern.compile(
            "([省市区县])(?:人大常委会|人大|政协|人民政府|政府|委)[、和及与](人大常委会|人大|政协|人民政府|政府)(?![常会委])");
    /**
     * 人大、政协 with no level at all: in a city's or a county's report they are its own congress and conference, as
     * 市政府 is its own government (人大代表和政协委员 are their members). A level, 全国 or 各级 before them is another body.
     */
    private static final Pattern BARE = Pattern.compile("人大常委会|人大(?![会学])|政协");
    /** What may stand right before a bare 人大 or 政协: function words, and the 位/体 of 各位, 全体 addressing members. */
    private static final String BEFORE_BARE = "、和与及同向对在由并的将把被请受暨位体";
    private static final Pattern CENTRAL = Pattern.compile(
            "党中央|(?<![\\p{IsHan}])中央(?=[和、,的决精部])|国务院|中国共产党(?![\\p{IsHan}]{0,10}委员会)");
    /** Mass organizations that every district and city has, named by their short official forms. */
    private static final Pattern MASS_ORGANIZATION = Pattern.compile("([省市区县])?(工商联|总工会|妇联|团委|残联|科协|侨联|文联|红十字会)");
    /** Central ministries and commissions by full and short form (工信部 → 工业和信息化部), from a general list. */
    private static final Map<String, String> CENTRAL_BODIES = centralBodies();
    /** The forms by their first character, longest first: one pass over the text finds them. */
    private static final Map<Character, List<String>> CENTRAL_BY_FIRST = CENTRAL_BODIES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.groupingBy(f -> f.charAt(0), Collectors.toList()));
    private static final String NOT_BEFORE_LEVEL = "城都社小园校片新工省乡村地";
    /** 委 followed by these is another word (委员, 委托, 委屈) or a person's title (市委书记), not the committee. */
    private static final String NOT_AFTER_COMMITTEE = "员书会托屈";

    static final String OWN_PLACE = "official:own-place";
    /** Conjunctions and prepositions HanLP glues to the place before a body (和甲乙市委/nt). */
    private static final String GLUED_BEFORE_PLACE = "和与及同在对向把被将由从于为以的";

    List<Candidate> recognise(String text, List<Token> tokens, ReportScope scope) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = BODY.matcher(text);
        while (m.find()) {
            int level = m.end(1) - 1;
            if (m.group(2).equals("委") && m.end() < text.length() && NOT_AFTER_COMMITTEE.indexOf(text.charAt(m.end())) >= 0
                    && m.group(3) == null) {
                continue;
            }
            int placeFrom = Math.min(placeStart(text, tokens, level, scope), m.start(1));
            boolean named = placeFrom < m.start(1);
            if (!named && level > 0 && NOT_BEFORE_LEVEL.indexOf(text.charAt(level - 1)) >= 0) {
                continue;
            }
            Optional<String> place = named
                    ? Optional.of(scope.chainFor(text.substring(placeFrom, level + 1)))
                    : scope.placeFor(m.group(1).equals("自治区") ? '省' : text.charAt(level));
            // 中共甲市委: the party's name is part of the committee's
            int placeStart = placeFrom >= 2 && text.startsWith("中共", placeFrom - 2) && m.group(2).endsWith("委")
                    ? placeFrom - 2 : placeFrom;
            String surface = text.substring(placeStart, m.end());
            Optional<String> key = place.map(p -> canonical(p, m.group(2), m.group(3) != null));
            out.add(new Candidate(surface, EntityType.ORGANIZATION, placeStart, m.end(), "official",
                    Optional.of(key.orElse(scope.issuingBody() + "/" + surface))));
            ownPlace(text, placeFrom, level + 1, scope).ifPresent(out::add);
        }
        Matcher shared = SHARED_LEVEL.matcher(text);
        while (shared.find()) {
            Optional<String> place = scope.placeFor(text.charAt(shared.start(1)));
            String surface = shared.group(2);
            out.add(new Candidate(surface, EntityType.ORGANIZATION, shared.start(2), shared.end(2), "official",
                    Optional.of(place.map(p -> canonical(p, surface, false)).orElse(scope.issuingBody() + "/" + surface))));
        }
        Optional<String> own = scope.town().isPresent() ? Optional.empty() : scope.placeFor(scope.ownLevel());
        Matcher bare = BARE.matcher(own.isPresent() ? text : "");
        while (bare.find()) {
            int at = bare.start();
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            boolean taken = out.stream().anyMatch(c -> c.start() <= at && at < c.end());
            if (!taken && (!Character.isIdeographic(before) || BEFORE_BARE.indexOf(before) >= 0)) {
                out.add(new Candidate(bare.group(), EntityType.ORGANIZATION, at, bare.end(), "official",
                        Optional.of(canonical(own.get(), bare.group(), false))));
            }
        }
        Matcher term = TERM.matcher(text);
        while (term.find()) {
            int level = term.start(1);
            int placeStart = placeStart(text, tokens, level, scope);
            Optional<String> place = placeStart < level
                    ? Optional.of(scope.chainFor(text.substring(placeStart, level + 1)))
                    : scope.placeFor(text.charAt(level));
            String surface = text.substring(placeStart, term.end());
            out.add(new Candidate(surface, EntityType.ORGANIZATION, placeStart, term.end(), "official",
                    Optional.of(place.map(p -> canonical(p, "人大", false)).orElse(scope.issuingBody() + "/" + surface))));
            ownPlace(text, placeStart, level + 1, scope).ifPresent(out::add);
        }
        Matcher pf = PREFECTURE.matcher(text.indexOf('委') >= 0 || text.indexOf('署') >= 0 ? text : "");
        while (pf.find()) {
            Optional<String> prefecture = scope.city().filter(c -> c.endsWith("地区") || c.endsWith("盟"));
            String key = pf.group().endsWith("行署") ? prefecture.map(c -> c + "行政公署").orElse(scope.issuingBody() + "/行署")
                    : prefecture.map(c -> "中国共产党" + c + "委员会").orElse(scope.issuingBody() + "/地委");
            out.add(new Candidate(pf.group(), EntityType.ORGANIZATION, pf.start(), pf.end(), "official", Optional.of(key)));
        }
        Matcher g = MASS_ORGANIZATION.matcher(text);
        while (g.find()) {
            if (g.start() >= 2 && text.startsWith("全国", g.start() - 2)) {
                String national = "全国" + g.group(2);
                out.add(new Candidate(national, EntityType.ORGANIZATION, g.start() - 2, g.end(), "official", Optional.of(national)));
                continue; // 全国工商联: the national body, not the report's own
            }
            char level = g.group(1) == null ? scope.ownLevel() : g.group(1).charAt(0);
            String form = g.group(2);
            Optional<String> place = scope.placeFor(level);
            out.add(new Candidate(g.group(), EntityType.ORGANIZATION, g.start(), g.end(), "official",
                    Optional.of(place.map(p -> p + form).orElse(scope.issuingBody() + "/" + g.group()))));
        }
        List<int[]> ministries = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            List<String> forms = CENTRAL_BY_FIRST.get(text.charAt(i));
            if (forms == null) {
                continue;
            }
            for (String form : forms) {
                int end = i + form.length();
                // 教育部门, 财政部门: the generic word for departments, not the ministry
                if (text.startsWith(form, i) && (end == text.length() || text.charAt(end) != '门')) {
                    // 国家商务部: the state written before a ministry's name is part of how the report names it
                    int from = i >= 2 && text.startsWith("国家", i - 2) && !form.startsWith("国家") ? i - 2 : i;
                    ministries.add(new int[] {from, end});
                    out.add(new Candidate(text.substring(from, end), EntityType.ORGANIZATION, from, end, "official",
                            Optional.of(CENTRAL_BODIES.get(form))));
                    i = end - 1;
                    break;
                }
            }
        }
        Matcher c = CENTRAL.matcher(text);
        while (c.find()) {
            int at = c.start();
            if (ministries.stream().anyMatch(r -> r[0] <= at && at < r[1])) {
                continue; // 国务院 inside 国务院国资委 is part of that body's name
            }
            String key = switch (c.group()) {
                case "国务院", "中国共产党" -> c.group();
                default -> "中国共产党中央委员会";
            };
            out.add(new Candidate(c.group(), EntityType.ORGANIZATION, c.start(), c.end(), "official", Optional.of(key)));
        }
        return out;
    }

    private static Map<String, String> centralBodies() {
        Map<String, String> forms = new HashMap<>();
        for (String line : Lexicon.lines("central-bodies.tsv")) {
            String[] f = line.split("\t");
            forms.put(f[0], f[0]);
            if (f.length > 1) {
                for (String form : f[1].split("\\|")) {
                    forms.put(form, f[0]);
                }
            }
        }
        return Map.copyOf(forms);
    }

    /** Where a place name written before the level character starts (星河区委 → 星河区), or the level itself. */
    /**
     * The report's own division where it names one of its bodies (甲县人民政府工作报告, 在甲县第十届人民代表大会上): the
     * title and the delivery line may be the only places a short excerpt names its county.
     */
    private static Optional<Candidate> ownPlace(String text, int from, int to, ReportScope scope) {
        if (from >= to) {
            return Optional.empty();
        }
        String named = text.substring(from, to);
        Optional<String> town = scope.town().filter(named::endsWith);
        if (town.isPresent()) {
            // 甲市乙镇人民政府 in a town's report: the town itself is the place its government speaks for
            return Optional.of(new Candidate(town.get(), EntityType.PLACE, to - town.get().length(), to, OWN_PLACE));
        }
        for (Optional<String> own : List.of(scope.district(), scope.city(), scope.province())) {
            // a chain (甲市乙区) is found as one already; 自治区 alone is the report's deixis, not its name
            if (own.isPresent() && named.equals(own.get()) && !named.startsWith("自治")) {
                return Optional.of(new Candidate(named, EntityType.PLACE, from, to, OWN_PLACE));
            }
        }
        return Optional.empty();
    }

    private int placeStart(String text, List<Token> tokens, int level, ReportScope scope) {
        int start = level;
        for (Optional<String> known : List.of(scope.town(), scope.district(), scope.city(), scope.province())) {
            if (known.isEmpty()) {
                continue;
            }
            String name = known.get();
            String bare = name.substring(0, name.length() - 1);
            if (name.charAt(name.length() - 1) == text.charAt(level) && text.startsWith(bare, level - bare.length())) {
                start = Math.min(start, level - bare.length());
            }
        }
        for (Token t : tokens) {
            if (t.end() == level + 1 && t.start() < level && t.tag().startsWith("ns")) {
                start = Math.min(start, t.start());
            }
            // 合肥市委/nt, 和常州市委/nt: the body's token starts with the division it belongs to (after a conjunction
            // HanLP glued to it)
            if (t.start() < level && t.end() > level && t.tag().startsWith("nt")) {
                int from = GLUED_BEFORE_PLACE.indexOf(text.charAt(t.start())) >= 0 ? t.start() + 1 : t.start();
                // an autonomous county's long name (甲乙族自治县) is left to the scope, which knows it from the report's title
                if (level - from >= 2 && !text.startsWith("自治", level - 2) && placeNames.contains(text.substring(from, level + 1))) {
                    start = Math.min(start, from);
                }
            }
        }
        // a city written before the district (青岚市星河区人民政府)
        if (start < level && scope.city().isPresent() && text.startsWith(scope.city().get(), start - scope.city().get().length())) {
            start -= scope.city().get().length();
        }
        return start;
    }

    private static String canonical(String place, String body, boolean partyGroup) {
        return switch (body) {
            case "委", "党委" -> "中国共产党" + place + "委员会";
            case "政府", "人民政府" -> place + "人民政府" + (partyGroup ? "党组" : "");
            case "人大" -> place + "人民代表大会";
            case "人大常委会" -> place + "人民代表大会常务委员会";
            case "人大主席团" -> place + "人民代表大会主席团"; // a town's congress sits between sessions as its presidium
            case "政协" -> "中国人民政治协商会议" + place + "委员会";
            default -> throw new IllegalArgumentException("unknown official body " + body);
        };
    }
}
