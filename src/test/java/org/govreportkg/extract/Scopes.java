package org.govreportkg.extract;

import java.util.Optional;

/** Report scopes for unit tests. */
final class Scopes {
    static final ReportScope PINGSHAN = new ReportScope("深圳市坪山区人民政府", Optional.of("广东省"), Optional.of("深圳市"),
            Optional.of("坪山区"));

    private Scopes() {
    }
}
