package org.govreportkg.extract;

import org.govreportkg.ingest.ScriptNormaliser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.govreportkg.extract.gazetteer.Division;

/**
 * Groups the mentions of one report into entities. Mentions with the same analysed surface are one
 * entity; official bodies and deixis carry their identity from recognition; a short form joins the
 * full form the report also uses (星河 → 星河区, 青岚 → 青岚市, XX → XX项目, XX → XX(筹)); the report's
 * own places take their full chain as key. Each entity gets the type its most specific recogniser
 * gave, plus any second type its head always carries (合作区: Place and Project).
 */
final class AliasResolver {
    /** Keys are in simplified script whatever the report's script; shared, its cache is thread-safe. */
    private static final ScriptNormaliser NORMALISER = new ScriptNormaliser();
    private static final List<String> PLACE_SUFFIXES = List.of("市", "区", "县", "省", "街道", "镇", "社区", "片区");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]{1,6}\\)");
    /** Shorter tails are kinds (新区, 产业园), not short forms of one name. */
    private static final int MIN_TAIL = 4;
    private static final List<String> WORK_SUFFIXES = List.of("项目", "工程", "建设");

    private final PlaceDirectory places;

    AliasResolver(PlaceDirectory places) {
        this.places = places;
    }

    List<Entity> resolve(String originalText, List<Found> found, ReportScope scope, Optional<Division> context) {
        Map<String, String> codes = new HashMap<>();
        Map<String, Group> groups = group(found, scope, context, codes);
        addOwnPlaceCodes(groups, scope, context, codes);
        Map<String, Group> bySurface = surfaceIndex(groups, scope);
        Map<String, String> parent = new HashMap<>();
        for (Group g : groups.values()) {
            String target = mergeTarget(g, bySurface);
            if (target != null) {
                parent.put(g.id, target);
            }
        }
        Map<String, List<Found>> merged = new LinkedHashMap<>();
        for (Group g : groups.values()) {
            merged.computeIfAbsent(root(g.id, parent), k -> new ArrayList<>()).addAll(g.found);
        }
        List<Entity> out = new ArrayList<>();
        merged.forEach((id, fs) -> {
            // a congress named only by its short term (县十七届人大三次会议) is named as the meeting's date, not as a body;
            // its full name (某县第十七届人民代表大会) in a delivery line still names the body
            if (fs.stream().allMatch(f -> f.candidate().type() == EntityType.ORGANIZATION
                    && SESSION_ONLY.matcher(originalText.substring(f.start(), f.end())).matches())) {
                return;
            }
            out.add(entity(id, fs, groups.get(id).type(), originalText, Optional.ofNullable(codes.get(id)), scope));
        });
        return out;
    }

    static final String CHINA = "中华人民共和国";
    /** A congress by its short term (县十七届人大), as sessions are dated. */
    private static final java.util.regex.Pattern SESSION_ONLY =
            java.util.regex.Pattern.compile("[省市区县州旗區縣]?[一二三四五六七八九十]+[届屆]人大");
    private static final Set<String> CHINA_FORMS = Set.of("中国", "我国", "新中国", CHINA);

    /** Mentions by identity: a recogniser's key, a place's division, else the surface. */
    private Map<String, Group> group(List<Found> found, ReportScope scope, Optional<Division> context,
                                     Map<String, String> codes) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Optional<Division>> resolved = new HashMap<>();
        for (Found f : found) {
            Candidate c = f.candidate();
            String id = c.key().orElse(c.surface());
            if (c.type() == EntityType.PLACE && c.key().isEmpty()) {
                // a town's bare name (云溪) is as often a quarter (云溪片区) as the town: left to the suffix merge
                // a town's report names the town by its short form (甲乙 for 甲乙镇), whatever city elsewhere shares it
                String surface = scope.town().filter(t -> t.length() - 1 == c.surface().length() && t.startsWith(c.surface()))
                        .orElse(c.surface());
                Optional<Division> d = resolved.computeIfAbsent(surface, x -> places.resolve(x, context))
                        .filter(x -> x.level() != Division.Level.TOWN || x.name().equals(surface));
                id = d.map(places::key).orElseGet(() -> placeKey(c.surface(), scope));
                d.ifPresent(x -> codes.put(places.key(x), x.code()));
            }
            if (c.type() == EntityType.PLACE && c.key().isPresent() && !CHINA_FORMS.contains(id)) {
                // 我市 in a county-level city's report: the same division as its name, under its full chain (甲市乙市)
                String own = id;
                Optional<Division> district = scope.district().filter(own::endsWith).flatMap(x -> places.resolve(x, context));
                id = resolved.computeIfAbsent(own, x -> places.resolve(x, context)).or(() -> district)
                        // 重庆市黔江区: a municipality's district, written with the municipality before it, is that district
                        .filter(d -> d.name().equals(own) || own.endsWith(d.name()) && d.level() == Division.Level.DISTRICT
                                || own.endsWith("州") && d.level() == Division.Level.CITY)
                        .map(places::key).orElse(own); // 我州: the prefecture, whose official name carries its peoples
            }
            if (c.type() == EntityType.PLACE && CHINA_FORMS.contains(id)) {
                id = CHINA; // 中国, 我国, 新中国: one country under its official name
            }
            groups.computeIfAbsent(id, Group::new).add(f);
        }
        return groups;
    }

    /** The report's own places named only by deixis (我市) still get their division code. */
    private void addOwnPlaceCodes(Map<String, Group> groups, ReportScope scope, Optional<Division> context,
                                  Map<String, String> codes) {
        for (char level : new char[] {'区', '市', '省'}) {
            Optional<String> own = level == '区' ? scope.district() : level == '市' ? scope.city() : scope.province();
            Optional<String> chain = scope.placeFor(level);
            if (own.isPresent() && chain.isPresent() && groups.containsKey(chain.get()) && !codes.containsKey(chain.get())) {
                places.resolve(own.get(), context).filter(d -> places.key(d).equals(chain.get()))
                        .ifPresent(d -> codes.put(chain.get(), d.code()));
            }
        }
    }

    /**
     * Groups by type and surface, plus two derived entries a shorter form looks for: the surface without
     * its parenthetical ("()"), and without the report's city or district before it ("<").
     */
    private static Map<String, Group> surfaceIndex(Map<String, Group> groups, ReportScope scope) {
        List<String> scopePrefixes = new ArrayList<>();
        for (Optional<String> p : List.of(scope.city(), scope.district())) {
            p.ifPresent(name -> {
                scopePrefixes.add(name);
                scopePrefixes.add(name.substring(0, name.length() - 1));
            });
        }
        Map<String, Group> bySurface = new HashMap<>();
        Set<String> placeSurfaces = new java.util.HashSet<>();
        for (Group g : groups.values()) {
            if (g.type() == EntityType.PLACE) {
                placeSurfaces.addAll(g.surfaces());
            }
        }
        Set<String> ambiguousTails = new java.util.HashSet<>();
        for (Group g : groups.values()) {
            if (g.type() == EntityType.ORGANIZATION) {
                continue;
            }
            for (String surface : g.surfaces()) {
                // 甲乙地区双城经济圈 named again as 双城经济圈: the tail after a place of the report is a short form
                for (int cut = 2; cut <= surface.length() - MIN_TAIL; cut++) {
                    if (placeSurfaces.contains(surface.substring(0, cut))) {
                        String key = g.type() + "\t" + surface.substring(cut) + ">";
                        Group had = bySurface.putIfAbsent(key, g);
                        if (had != null && had != g) {
                            ambiguousTails.add(key);
                        }
                    }
                }
            }
        }
        ambiguousTails.forEach(bySurface::remove);
        for (Group g : groups.values()) {
            for (String surface : g.surfaces()) {
                bySurface.putIfAbsent(g.type() + "\t" + surface, g);
                String bare = PARENTHETICAL.matcher(surface).replaceAll("");
                if (!bare.equals(surface) && !bare.isEmpty()) {
                    bySurface.putIfAbsent(g.type() + "\t" + bare + "()", g);
                }
                for (String prefix : scopePrefixes) {
                    if (surface.startsWith(prefix) && surface.length() > prefix.length() + 2 && g.type() != EntityType.PLACE) {
                        bySurface.putIfAbsent(g.type() + "\t" + surface.substring(prefix.length()) + "<", g);
                    }
                }
            }
        }
        return bySurface;
    }

    private static String root(String id, Map<String, String> parent) {
        String r = id;
        for (int hops = 0; parent.containsKey(r) && hops < 10; hops++) {
            r = parent.get(r);
        }
        return r;
    }

    /** The group a short form belongs to, if the report also uses the full form. */
    private static String mergeTarget(Group g, Map<String, Group> bySurface) {
        if (g.keyed()) {
            return null;
        }
        EntityType type = g.type();
        String s = g.surface();
        if (s.indexOf('(') > 0) {
            return null;
        }
        // the fuller form: with a parenthetical, with the report's city or district before it, with a head
        List<String> fuller = new ArrayList<>(List.of(s + "()", s + "<", s + ">"));
        (type == EntityType.PLACE ? PLACE_SUFFIXES : WORK_SUFFIXES).forEach(x -> fuller.add(s + x));
        for (String f : fuller) {
            Group o = bySurface.get(type + "\t" + f);
            if (o != null && o != g) {
                return o.id;
            }
        }
        return null;
    }

    /** The report's own places under their full chain, so 星河, 星河区 and 青岚市星河区 are one. */
    static String placeKey(String surface, ReportScope scope) {
        for (char level : new char[] {'区', '市', '省'}) {
            Optional<String> chain = scope.placeFor(level);
            Optional<String> own = switch (level) {
                case '区' -> scope.district();
                case '市' -> scope.city();
                default -> scope.province();
            };
            if (chain.isPresent() && own.isPresent()) {
                String full = own.get();
                String bare = full.substring(0, full.length() - 1);
                if (surface.equals(full) || surface.equals(chain.get()) || (bare.length() >= 2 && surface.equals(bare))) {
                    return chain.get();
                }
            }
        }
        return surface;
    }

    private static Entity entity(String id, List<Found> fs, EntityType type, String text, Optional<String> code,
                                 ReportScope scope) {
        fs.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
        List<Mention> mentions = new ArrayList<>();
        TreeSet<String> labels = new TreeSet<>();
        int lastStart = -1, lastEnd = -1;
        for (Found f : fs) {
            if (f.start() == lastStart && f.end() == lastEnd) {
                continue;
            }
            lastStart = f.start();
            lastEnd = f.end();
            String surface = text.substring(f.start(), f.end());
            mentions.add(new Mention(surface, f.start(), f.end(), f.sentence().start(), f.sentence().end()));
            if (f.candidate().rule().equals(CoordinationExpander.RULE)) {
                // the expanded name (松岭消防站) is the label; a bare conjunct is a short form only of a place
                labels.add(f.candidate().key().orElseThrow());
                if (type == EntityType.PLACE) {
                    labels.add(surface);
                }
            } else {
                labels.add(surface);
            }
        }
        // deixis (我区) is never the fullest form; nor is a division written after its city (甲市乙区 is 乙区)
        Set<String> chains = fs.stream().filter(f -> f.candidate().rule().equals(PlaceDirectory.CHAIN_RULE))
                .map(f -> f.candidate().surface()).collect(java.util.stream.Collectors.toSet());
        String pref = labels.stream().filter(l -> !l.startsWith("我") && (!chains.contains(l) || chains.containsAll(labels)))
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                .orElse(labels.first());
        labels.remove(pref);
        boolean keyed = fs.stream().anyMatch(f -> f.candidate().key().isPresent());
        String key = keyed || type == EntityType.PLACE && !id.equals(fs.get(0).candidate().surface()) ? id
                : scoped(PARENTHETICAL.matcher(unquote(NORMALISER.normalise(pref))).replaceAll(""), scope);
        Set<EntityType> types = new java.util.HashSet<>(Set.of(type));
        fs.forEach(f -> types.addAll(f.candidate().alsoTypes()));
        return new Entity(key, types, pref, labels, mentions, type == EntityType.PLACE ? code : Optional.empty());
    }

    /**
     * A name that starts with the report's own level (区中医院, 市体育中心) belongs to that district or city:
     * its key spells the place out (青岚市星河区中医院) so it never merges with another district's.
     */
    static String scoped(String name, ReportScope scope) {
        if (name.length() > 2 && "省市区县".indexOf(name.charAt(0)) >= 0) {
            Optional<String> place = scope.placeFor(name.charAt(0));
            if (place.isPresent()) {
                return place.get() + name.substring(1);
            }
            return scope.issuingBody() + "/" + name;
        }
        return name;
    }

    private static String unquote(String s) {
        return s.replaceAll("[\"“”‘’'《》]", "");
    }

    /** Mentions sharing an identity before merging. */
    private static final class Group {
        final String id;
        final List<Found> found = new ArrayList<>();

        Group(String id) {
            this.id = id;
        }

        void add(Found f) {
            found.add(f);
            type = null;
        }

        boolean keyed() {
            return found.stream().anyMatch(f -> f.candidate().key().isPresent()) || !id.equals(surface());
        }

        String surface() {
            return found.get(0).candidate().surface();
        }

        Set<String> surfaces() {
            Set<String> s = new java.util.HashSet<>();
            found.forEach(f -> s.add(f.candidate().rule().equals(CoordinationExpander.RULE)
                    ? f.candidate().key().orElseThrow() : f.candidate().surface()));
            return s;
        }

        private EntityType type;

        EntityType type() {
            if (type == null) {
                type = vote();
            }
            return type;
        }

        private EntityType vote() {
            Map<EntityType, Integer> votes = new HashMap<>();
            for (Found f : found) {
                votes.merge(f.candidate().type(), weight(f.candidate()), Integer::sum);
            }
            return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
        }

        private static int weight(Candidate c) {
            return c.rule().startsWith("head") ? 3 : c.rule().equals("official") || c.rule().equals("deixis") ? 10 : 1;
        }
    }
}
