package org.govreportkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a page's text down to the report. Chrome lines are recognised one by one
 * ({@link BoilerplateLines}); beyond that, the report is taken to start at its heading block (title,
 * "——date在…会议上", speaker) just above "各位代表" or the first real paragraph, and to end at its
 * last paragraph, so unrecognised site text before and after it falls away too.
 */
final class Boilerplate {

    /**
     * The report's lines, and where its body starts: lines before {@code bodyStart} are its heading
     * block (title, delivery line, speaker), empty for a page that starts mid-report.
     */
    record Body(List<String> lines, int bodyStart) {
        Body {
            lines = List.copyOf(lines);
        }

        List<String> heading() {
            return lines.subList(0, bodyStart);
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    /** 等 12 个, 总投资 86 亿元, 2025 年: a layout space between a number and a Chinese word is no part of the text. */
    private static final Pattern SPACE_BY_NUMBER = Pattern.compile("(?<=[0-9]) (?=\\p{IsHan})|(?<=\\p{IsHan}) (?=[0-9])");
    /**
     * 省妇幼保健 院, 辽 宁: in a paragraph of prose a space between two Chinese characters is left over from a PDF's line
     * breaks. Short lines keep theirs (区长 某某, 政 府 工 作 报 告 are read for the report's metadata).
     */
    private static final Pattern SPACE_IN_PROSE = Pattern.compile("(?<=\\p{IsHan}) (?=\\p{IsHan})");
    private static final Pattern PARAGRAPH_PUNCTUATION = Pattern.compile("[,，。;；]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    private static final Pattern ADDRESS = Pattern.compile("^各位(人大)?代表");
    private static final Pattern SENTENCE_END = Pattern.compile("[。!?;!?;…]['\"”’」』)）]*$");
    /** 一、… / (一)… / 第一部分…: the report's own numbered section headings. */
    private static final Pattern SECTION_HEADING =
            Pattern.compile("^(?:[((][一二三四五六七八九十]{1,3}[))]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}(?:部分|章|节))");
    private static final Pattern HEADING_WORDS = Pattern.compile("报告|工作|会议|代表大会|政府|^——|^—|^[((]?\\d{4}年\\d{1,2}月\\d{1,2}日");

    /** A real paragraph: long enough that chrome seldom is, and built of sentences. */
    private static final int PARAGRAPH_MIN = 40;
    /** How far above the body a report's heading block may reach. */
    private static final int HEADING_REACH = 15;
    private static final int HEADING_MAX = 60;
    private static final int SUBHEADING_MAX = 30;
    /** Traditional-script reprints (政府工作報告) are matched as simplified, one character for one. */
    private static final ScriptNormaliser FOLD = new ScriptNormaliser();
    /** Trailing fragments shorter than this that do not end a sentence are page furniture (领取福利). */
    private static final int TAIL_FRAGMENT = 20;

    private Boilerplate() {
    }

    /** Splits into lines, collapses whitespace runs (full-width indents, nbsp) to one space, drops blank lines. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = SPACES.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ").strip();
            line = SPACE_BY_NUMBER.matcher(line).replaceAll("");
            if (line.length() >= PARAGRAPH_MIN && PARAGRAPH_PUNCTUATION.matcher(line).find()) {
                line = SPACE_IN_PROSE.matcher(line).replaceAll("");
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** @param lines the page's lines as {@link #lines(String)} gives them */
    static Body strip(List<String> lines) {
        int anchor = bodyAnchor(lines);
        if (anchor < 0) {
            return new Body(withoutChrome(lines, 0, lines.size()), 0);
        }
        int start = headingStart(lines, anchor);
        int end = bodyEnd(lines, anchor);
        List<String> heading = withoutChrome(lines, start, anchor);
        List<String> kept = new ArrayList<>(heading);
        kept.addAll(withoutChrome(lines, anchor, end));
        return new Body(kept, heading.size());
    }

    /** The first line of the body: the "各位代表" address or, failing that, the first real paragraph. */
    private static int bodyAnchor(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (BoilerplateLines.isBoilerplate(line)) {
                continue;
            }
            if (ADDRESS.matcher(line).find() || isParagraph(line)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isParagraph(String line) {
        return line.length() >= PARAGRAPH_MIN && (line.contains("。") || SENTENCE_END.matcher(line).find());
    }

    /** Walks up from the body over heading lines, passing chrome, until a line that is neither. */
    private static int headingStart(List<String> lines, int anchor) {
        int start = anchor;
        for (int i = anchor - 1; i >= 0 && i >= anchor - HEADING_REACH; i--) {
            String line = lines.get(i);
            if (BoilerplateLines.isBoilerplate(line)) {
                continue;
            }
            // under the title, an unnumbered heading or a one-sentence lead paragraph of an excerpt is report text
            if (!isHeadingLine(line) && !((isSubheading(line) || isParagraphShorterThanTheAnchor(line))
                    && titleAbove(lines, i, anchor - HEADING_REACH))) {
                break;
            }
            start = i;
        }
        return start;
    }

    /** A lead shorter than a paragraph, or a line of prose whose sentence the page cut off (一年来,始终坚持…,经济活力蓬勃向上). */
    private static boolean isParagraphShorterThanTheAnchor(String line) {
        return (line.length() < PARAGRAPH_MIN && (line.contains("。") || SENTENCE_END.matcher(line).find())
                || PARAGRAPH_PUNCTUATION.matcher(line).find()) && !BoilerplateLines.isBoilerplate(line);
    }

    /** An unnumbered section heading of an excerpt (2019年发展迈出坚实步伐): short, no sentence. */
    private static boolean isSubheading(String line) {
        return line.length() <= SUBHEADING_MAX && !line.contains("。") && !SENTENCE_END.matcher(line).find()
                && !BoilerplateLines.isBoilerplate(line);
    }

    /** Whether the report's title (…工作报告) stands above line {@code i}, within the heading's reach. */
    private static boolean titleAbove(List<String> lines, int i, int limit) {
        for (int j = i - 1; j >= Math.max(0, limit); j--) {
            if (!BoilerplateLines.isBoilerplate(lines.get(j)) && lines.get(j).length() <= HEADING_MAX
                    && FOLD.normalise(lines.get(j)).contains("工作报告")) {
                return true;
            }
        }
        return false;
    }

    // A page that starts mid-report (a reprint's page 2, an excerpt) has no "各位代表": its first real
    // paragraph is often preceded by a numbered section heading, which is report text, not chrome.
    private static boolean isHeadingLine(String line) {
        String folded = FOLD.normalise(line);
        return line.length() <= HEADING_MAX && (HEADING_WORDS.matcher(folded).find() || SECTION_HEADING.matcher(folded).find()
                || Speaker.parse(line).isPresent());
    }

    /** Exclusive end: before any "推荐阅读" block, and without trailing chrome or fragments. */
    private static int bodyEnd(List<String> lines, int anchor) {
        int end = lines.size();
        for (int i = anchor + 1; i < lines.size(); i++) {
            if (BoilerplateLines.isRecommendationHeading(lines.get(i))) {
                end = i;
                break;
            }
        }
        while (end > anchor + 1) {
            String last = lines.get(end - 1);
            boolean fragment = last.length() < TAIL_FRAGMENT && !SENTENCE_END.matcher(last).find();
            if (!BoilerplateLines.isBoilerplate(last) && !fragment) {
                break;
            }
            end--;
        }
        return end;
    }

    private static List<String> withoutChrome(List<String> lines, int from, int to) {
        List<String> kept = new ArrayList<>();
        for (String line : lines.subList(from, to)) {
            if (!BoilerplateLines.isBoilerplate(line)) {
                kept.add(line);
            }
        }
        return kept;
    }
}
