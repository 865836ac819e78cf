package org.govreportkg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a report says about itself from its heading block ("——2024年1月15日在星河区 / 第三届人民代表大会第二次会议上
 * / 星河区人民政府区长张三"), its opening ("我代表星河区人民政府向大会…") and, for a reprint page that starts
 * mid-report, the page's own headline.
 */
final class MetadataReader {

    private static final Pattern DELIVERED = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*在");
    /** Formal documents sometimes date themselves in Chinese numerals: 二〇二四年一月十六日. */
    private static final Pattern DELIVERED_HAN =
            Pattern.compile("([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日\\s*在");
    private static final Pattern SESSION = Pattern.compile("在(\\p{IsHan}{2,30}?(?:人民代表大会|人大)\\p{IsHan}{0,20}?会议)");
    /** 我代表星河区人民政府; a term (我代表十八届县人民政府) is no part of the place. */
    private static final Pattern ON_BEHALF = Pattern.compile("我代表(?:第?[一二三四五六七八九十]+届)?((?:(?!届)\\p{IsHan}){2,20}?人民政府)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern TITLE_WORDS = Pattern.compile("报告|工作$|主要工作");

    private static final String PLACE_SEGMENT = "[\\p{IsHan}&&[^委年]]{1,10}?(?:省|自治区|市|区|县|州|旗|盟|镇|乡)";
    /** The place a title or by-line names its government by: 青岚市星河区(人民)政府, 2024年星河区政府…, 星河县2024年政府…. */
    private static final Pattern PLACE_BEFORE_GOVERNMENT =
            Pattern.compile("^(?:\\d{4}年度?)?((?:" + PLACE_SEGMENT + ")+?)(?:\\d{4}年度?)?(?:人民)?政府");
    /** 星河区委区政府…: the party committee and the government of one place. */
    private static final Pattern PLACE_BEFORE_COMMITTEE =
            Pattern.compile("^(?:\\d{4}年度?)?((?:" + PLACE_SEGMENT + ")+?)委\\p{IsHan}{0,3}政府");
    private static final Pattern PLACE_ONLY = Pattern.compile("(?:" + PLACE_SEGMENT + ")+");
    private static final Pattern PLACE_BEFORE_CONGRESS = Pattern.compile("^((?:" + PLACE_SEGMENT + ")+?)第");

    /** Reprinters decorate the report's title: …(全文)(第2/2页), …全文发布, "… _ 某某网". */
    private static final Pattern HEADLINE_DECORATION =
            Pattern.compile("[((](全文|第\\s*\\d+\\s*/\\s*\\d+\\s*页|摘要|图解)[))]|全文(发布|来了)?$|\\s*[-_|—–]\\s*[^-_|—–]*$");
    /** How far into the body the "我代表…" sentence may be. */
    private static final int OPENING_LINES = 5;
    private static final int MAX_HEADLINE = 80;

    /** Traditional-script reprints (武漢市人民政府工作報告) are matched as simplified, one character for one. */
    private static final ScriptNormaliser FOLD = new ScriptNormaliser();

    private MetadataReader() {
    }

    /**
     * @param body     the cleaned report
     * @param rawLines the page's lines before boilerplate removal (page title first for HTML)
     */
    static ReportMetadata read(Boilerplate.Body body, List<String> rawLines) {
        List<String> heading = body.heading();
        String joined = String.join("", heading).replace(" ", "");

        Optional<String> headline = headline(rawLines);
        Optional<String> title = heading.stream().filter(l -> TITLE_WORDS.matcher(FOLD.normalise(l)).find()).findFirst()
                .or(() -> headline);
        Optional<LocalDate> delivered = delivered(joined);
        Optional<String> session = find(SESSION, joined);
        Optional<Speaker> speaker = heading.stream().map(Speaker::parse).flatMap(Optional::stream).findFirst();

        Optional<Integer> year = delivered.map(LocalDate::getYear)
                .or(() -> title.flatMap(t -> find(YEAR, t)).map(Integer::valueOf))
                .or(() -> headline.flatMap(t -> find(YEAR, t)).map(Integer::valueOf));

        List<String> opening = body.lines().subList(body.bodyStart(),
                Math.min(body.lines().size(), body.bodyStart() + OPENING_LINES));
        Optional<String> issuingBody = find(ON_BEHALF, String.join("", opening))
                .or(() -> speaker.flatMap(s -> find(PLACE_BEFORE_GOVERNMENT, s.office())).map(p -> p + "人民政府"))
                .or(() -> speaker.flatMap(MetadataReader::headsGovernmentOf))
                .or(() -> title.flatMap(MetadataReader::governmentOf))
                .or(() -> headline.flatMap(MetadataReader::governmentOf))
                .or(() -> session.flatMap(s -> find(PLACE_BEFORE_CONGRESS, s)).map(p -> p + "人民政府"));
        // 我代表丙丁镇人民政府 under the title 甲乙区丙丁镇政府工作报告: the title places the town in its district
        Optional<String> titled = title.flatMap(MetadataReader::governmentOf);
        if (issuingBody.isPresent() && titled.isPresent() && titled.get().length() > issuingBody.get().length()
                && titled.get().endsWith(issuingBody.get()) && issuingBody.get().matches(".+[镇乡]人民政府")) {
            issuingBody = titled;
        }

        return new ReportMetadata(title, issuingBody, year, delivered,
                speaker.map(Speaker::name), speaker.map(Speaker::role), session);
    }

    /** 甲乙县县长 李丙: a place's head of government (its 县长, 市长, 区长…) speaks for that place's government. */
    private static Optional<String> headsGovernmentOf(Speaker speaker) {
        String office = speaker.office();
        boolean head = speaker.role().endsWith("长") && !office.isEmpty()
                && office.charAt(office.length() - 1) == speaker.role().charAt(speaker.role().length() - 2);
        return head && PLACE_ONLY.matcher(office).matches() ? Optional.of(office + "人民政府") : Optional.empty();
    }

    private static Optional<String> governmentOf(String title) {
        return find(PLACE_BEFORE_GOVERNMENT, title).or(() -> find(PLACE_BEFORE_COMMITTEE, title)).map(p -> p + "人民政府");
    }

    /** The page's headline naming the report, without the reprinter's decorations. */
    private static Optional<String> headline(List<String> rawLines) {
        return rawLines.stream()
                .filter(l -> l.length() <= MAX_HEADLINE && FOLD.normalise(l).contains("工作报告"))
                .map(MetadataReader::undecorate)
                .filter(l -> FOLD.normalise(l).contains("工作报告"))
                .findFirst();
    }

    private static String undecorate(String headline) {
        String previous;
        String current = headline.strip();
        do {
            previous = current;
            current = HEADLINE_DECORATION.matcher(current).replaceAll("").strip();
        } while (!current.equals(previous));
        return current;
    }

    private static Optional<LocalDate> delivered(String heading) {
        heading = FOLD.normalise(heading);
        Matcher m = DELIVERED.matcher(heading);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        Matcher h = DELIVERED_HAN.matcher(heading);
        if (h.find()) {
            return date(hanDigits(h.group(1)), hanNumber(h.group(2)), hanNumber(h.group(3)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 二〇二四 → 2024: digit by digit. */
    private static int hanDigits(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            n = n * 10 + hanDigit(c);
        }
        return n;
    }

    /** 十六 → 16, 二十 → 20, 十 → 10, 三十一 → 31. */
    private static int hanNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return hanDigit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : hanDigit(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : hanDigit(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int hanDigit(char c) {
        return switch (c) {
            case '〇', '○', '零' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> throw new IllegalArgumentException("not a Chinese digit: " + c);
        };
    }

    /** The first group of {@code p} found in the folded text, as written in {@code text}. */
    private static Optional<String> find(Pattern p, String text) {
        Matcher m = p.matcher(FOLD.normalise(text));
        return m.find() ? Optional.of(text.substring(m.start(1), m.end(1))) : Optional.empty();
    }
}
