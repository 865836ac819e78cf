package org.govreportkg.extract.gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The gazetteer over an in-memory division table; immutable once built. */
final class StandardGazetteer implements Gazetteer {

    /** Largest level first, then by code, so results are stable. */
    static final Comparator<Division> LARGEST_FIRST =
            Comparator.comparing(Division::level).thenComparing(Division::code);

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName;
    private final PlaceNameMatcher matcher;

    StandardGazetteer(List<Division> divisions) {
        Map<String, Division> codes = HashMap.newHashMap(divisions.size());
        Map<String, List<Division>> names = HashMap.newHashMap(divisions.size() * 2);
        for (Division d : divisions) {
            if (codes.putIfAbsent(d.code(), d) != null) {
                throw new IllegalArgumentException("duplicate division code " + d.code() + " (" + d.name() + ")");
            }
            names.merge(d.name(), List.of(d), StandardGazetteer::concat);
            if (d.hasShortName()) {
                names.merge(d.shortName(), List.of(d), StandardGazetteer::concat);
            }
            ShortNames.withLevelWord(d).ifPresent(n -> names.merge(n, List.of(d), StandardGazetteer::concat));
            ShortNames.bannerAbbreviation(d).ifPresent(n -> names.merge(n, List.of(d), StandardGazetteer::concat));
        }
        // A parent strictly larger than its child also rules out cycles in ancestors().
        for (Division d : divisions) {
            d.parentCode().ifPresent(p -> {
                Division parent = codes.get(p);
                if (parent == null) {
                    throw new IllegalArgumentException("division " + d.code() + " (" + d.name() + ") has unknown parent " + p);
                }
                if (parent.level().compareTo(d.level()) >= 0) {
                    throw new IllegalArgumentException("division " + d.code() + " (" + d.name() + ") is a " + d.level()
                            + " under the " + parent.level() + " " + p + "; a parent must be larger");
                }
            });
        }
        names.replaceAll((name, list) -> list.size() == 1 ? list : sorted(list));
        // Never modified after construction; wrapping is cheaper than Map.copyOf's rehashing.
        this.byCode = Collections.unmodifiableMap(codes);
        this.byName = Collections.unmodifiableMap(names);
        this.matcher = new PlaceNameMatcher(this.byName, this);
    }

    // Most names belong to one division: keep those as List.of(d) and copy only the others.
    private static List<Division> concat(List<Division> a, List<Division> b) {
        List<Division> both = a instanceof ArrayList<Division> grown ? grown : new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static List<Division> sorted(List<Division> list) {
        list.sort(LARGEST_FIRST);
        return Collections.unmodifiableList(list);
    }

    /** Loaded on first use of {@link Gazetteer#standard()}, by the JVM's class initialisation lock. */
    static final class Holder {
        static final Gazetteer INSTANCE = new StandardGazetteer(DivisionFile.readStandard());

        private Holder() {
        }
    }

    @Override
    public List<Division> byName(String surface) {
        Objects.requireNonNull(surface, "surface");
        return byName.getOrDefault(surface, List.of());
    }

    @Override
    public Optional<Division> resolve(String surface, Optional<Division> context) {
        Objects.requireNonNull(context, "context");
        List<Division> candidates = byName(surface);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (context.isPresent()) {
            Division inner = context.get();
            List<Division> scopes = new ArrayList<>();
            scopes.add(inner);
            scopes.addAll(ancestors(inner));
            Division home = home(inner);
            for (Division scope : scopes) {
                // Towns are named by short form only within the report's own city: 坂田 in a
                // Futian report is Shenzhen's 坂田街道, but its 东城 is not a town of 东莞.
                boolean ownArea = isWithin(scope, home);
                List<Division> inside = candidates.stream()
                        .filter(c -> isWithin(c, scope))
                        .filter(c -> ownArea || c.level() != Division.Level.TOWN || c.name().equals(surface))
                        .toList();
                if (!inside.isEmpty()) {
                    return uniqueLargest(inside);
                }
            }
        }
        return uniqueLargest(candidates);
    }

    /**
     * The city a report issued by {@code d} speaks from: {@code d} itself if it is a city or a
     * province, else its nearest city or, for districts of 北京市 and the like, its province.
     */
    Division home(Division d) {
        if (d.level().compareTo(Division.Level.CITY) <= 0) {
            return d;
        }
        for (Division ancestor : ancestors(d)) {
            if (ancestor.level().compareTo(Division.Level.CITY) <= 0) {
                return ancestor;
            }
        }
        return d;
    }

    private static Optional<Division> uniqueLargest(List<Division> sortedCandidates) {
        Division first = sortedCandidates.getFirst();
        if (sortedCandidates.size() > 1 && sortedCandidates.get(1).level() == first.level()) {
            return Optional.empty();
        }
        return Optional.of(first);
    }

    private void requireKnown(Division d) {
        if (!d.equals(byCode.get(d.code()))) {
            throw new IllegalArgumentException("division " + d.code() + " (" + d.name() + ") is not in this gazetteer");
        }
    }

    @Override
    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Division> ancestors(Division d) {
        requireKnown(d);
        List<Division> chain = new ArrayList<>(3);
        Optional<String> parent = d.parentCode();
        while (parent.isPresent()) {
            Division p = byCode.get(parent.get()); // present: parents are checked on construction
            chain.add(p);
            parent = p.parentCode();
        }
        return Collections.unmodifiableList(chain);
    }

    @Override
    public boolean isWithin(Division d, Division area) {
        if (d.code().equals(area.code())) {
            return true;
        }
        Optional<String> parent = d.parentCode();
        while (parent.isPresent()) {
            if (parent.get().equals(area.code())) {
                return true;
            }
            Division p = byCode.get(parent.get());
            parent = p == null ? Optional.empty() : p.parentCode();
        }
        return false;
    }

    @Override
    public Set<String> names() {
        return byName.keySet();
    }

    @Override
    public List<PlaceSpan> findAll(String text, Optional<Division> context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        context.ifPresent(this::requireKnown);
        return matcher.findAll(text, context);
    }
}
