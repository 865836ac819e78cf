package org.govreportkg.extract.gazetteer;

import java.util.List;

/**
 * A place name found in a text: {@code text.substring(start, end)} equals {@code surface}.
 *
 * @param candidates every division that {@code surface} may name, largest level first; pass the
 *                   surface to {@link Gazetteer#resolve} to choose one in the report's context
 * @param fullName   true when the surface is the full official name of some candidate (深圳市),
 *                   false when it is only a short form (深圳)
 */
public record PlaceSpan(int start, int end, String surface, List<Division> candidates, boolean fullName) {

    public PlaceSpan {
        if (start < 0 || end <= start || surface.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + surface);
        }
        candidates = List.copyOf(candidates);
    }
}
