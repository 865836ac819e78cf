package org.govreportkg.extract.gazetteer;

import java.util.Objects;
import java.util.Optional;

/**
 * One administrative division of China from the GB/T 2260 gazetteer.
 *
 * @param code       the official division code (440304 for 福田区; 9 digits for streets and towns)
 * @param name       the full official name (福田区)
 * @param shortName  the name without its administrative suffix when that is how texts name it
 *                   (福田), or the full name when no short form is safe
 * @param level      province, city, district/county, or street/town
 * @param parentCode the code of the division it belongs to; empty for provinces
 */
public record Division(String code, String name, String shortName, Level level, Optional<String> parentCode) {

    /** Levels from the largest to the smallest; the declaration order is relied on for ranking. */
    public enum Level { PROVINCE, CITY, DISTRICT, TOWN }

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentCode, "parentCode");
    }

    /** True when texts may name this division by a form shorter than its full name. */
    public boolean hasShortName() {
        return !shortName.equals(name);
    }
}
