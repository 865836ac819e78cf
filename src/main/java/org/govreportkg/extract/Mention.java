package org.govreportkg.extract;

/**
 * One occurrence of an entity's name in a report's cleaned text.
 * {@code text.equals(report.text().substring(start, end))} always holds, as does
 * {@code sentenceStart <= start && end <= sentenceEnd}.
 */
public record Mention(String text, int start, int end, int sentenceStart, int sentenceEnd) {
    public Mention {
        if (start < 0 || end <= start || sentenceStart > start || sentenceEnd < end) {
            throw new IllegalArgumentException("bad offsets for mention '" + text + "': [" + start + "," + end
                    + ") in sentence [" + sentenceStart + "," + sentenceEnd + ")");
        }
    }
}
