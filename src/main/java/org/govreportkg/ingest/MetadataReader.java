package org.govreportkg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a report says about itself from its heading block ("——2023年1月12日在龙岗区 / 第七届人民代表大会第三次会议上
 * / 龙岗区人民政府区长王策飞"), its opening ("我代表龙岗区人民政府向大会…") and, for a reprint page that starts
 * mid-report, the page's own headline.
 */
final class MetadataReader {

    private static final Pattern DELIVERED = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*在");
    private static final Pattern SESSION = Pattern.compile("在(\\p{IsHan}{2,30}?(?:人民代表大会|人大)\\p{IsHan}{0,20}?会议)上?");
    private static final Pattern ON_BEHALF = Pattern.compile("我代表(\\p{IsHan}{2,20}?人民政府)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern TITLE_WORDS = Pattern.compile("报告|工作$|主要工作");
    /** A place named at the start of a title or session: 2018年坪山区…, 深圳市第七届…, 福田区委区政府… */
    private static final Pattern LEADING_PLACE =
            Pattern.compile("^(?:\\d{4}年(?:度)?)?(\\p{IsHan}{1,10}?(?:省|自治区|市|区|县|州|旗|盟))");
    /** Reprinters decorate the report's title: …(全文)(第2/2页), …全文发布. */
    private static final Pattern HEADLINE_DECORATION =
            Pattern.compile("[((](全文|第\\s*\\d+\\s*/\\s*\\d+\\s*页|摘要|图解)[))]|全文(发布|来了)?$|[-_|].*$");
    /** How far into the body the "我代表…" sentence may be. */
    private static final int OPENING_LINES = 5;
    private static final int MAX_HEADLINE = 60;

    private MetadataReader() {
    }

    /**
     * @param body     the cleaned report
     * @param rawLines the page's lines before boilerplate removal (page title first for HTML)
     */
    static ReportMetadata read(Boilerplate.Body body, List<String> rawLines) {
        List<String> heading = body.heading();
        String joined = String.join("", heading).replace(" ", "");

        Optional<String> title = heading.stream().filter(l -> TITLE_WORDS.matcher(l).find()).findFirst()
                .or(() -> headline(rawLines));
        Optional<LocalDate> delivered = delivered(joined);
        Optional<String> session = find(SESSION, joined);
        Optional<Speaker> speaker = heading.stream().map(Speaker::parse).flatMap(Optional::stream).findFirst();

        Optional<Integer> year = delivered.map(LocalDate::getYear)
                .or(() -> title.flatMap(t -> find(YEAR, t)).map(Integer::valueOf));

        List<String> opening = body.lines().subList(body.bodyStart(),
                Math.min(body.lines().size(), body.bodyStart() + OPENING_LINES));
        Optional<String> issuingBody = find(ON_BEHALF, String.join("", opening))
                .or(() -> speaker.map(Speaker::office).filter(o -> o.endsWith("人民政府"))
                        .filter(o -> LEADING_PLACE.matcher(o).find()))
                .or(() -> title.filter(t -> t.contains("政府")).flatMap(t -> find(LEADING_PLACE, t)).map(p -> p + "人民政府"))
                .or(() -> session.flatMap(s -> find(LEADING_PLACE, s)).map(p -> p + "人民政府"));

        return new ReportMetadata(title, issuingBody, year, delivered,
                speaker.map(Speaker::name), speaker.map(Speaker::role), session);
    }

    /** The reprint page's headline naming the report, without the reprinter's decorations. */
    private static Optional<String> headline(List<String> rawLines) {
        return rawLines.stream()
                .filter(l -> l.length() <= MAX_HEADLINE && l.contains("工作报告"))
                .map(l -> HEADLINE_DECORATION.matcher(l).replaceAll("").strip())
                .map(l -> HEADLINE_DECORATION.matcher(l).replaceAll("").strip())
                .filter(l -> !l.isEmpty())
                .findFirst();
    }

    private static Optional<LocalDate> delivered(String heading) {
        Matcher m = DELIVERED.matcher(heading);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
