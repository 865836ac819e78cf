package org.govreportkg.extract;

/**
 * One sentence of a report: {@code text} is the analysed (normalised) form, which has exactly the
 * same length as the original span [start,end) of the report text, so offsets carry over unchanged.
 */
record Sentence(String text, int start, int end) {
    Sentence {
        if (text.length() != end - start) {
            throw new IllegalArgumentException("sentence text length " + text.length()
                    + " does not match span [" + start + "," + end + ")");
        }
    }
}
