package org.govreportkg.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govreportkg.ingest.CleanReport;

/**
 * The administrative scope a report speaks from, read from its issuing body (青岚市星河区人民政府 →
 * city 青岚市, district 星河区). Short forms (区委, 市政府, 我区) resolve against it.
 *
 * @param issuingBody the issuing body as given, or the docId when the report does not say
 */
record ReportScope(String issuingBody, Optional<String> province, Optional<String> city, Optional<String> district) {
    private static final Pattern BODY = Pattern.compile(
            "^(?:中共)?([\\p{IsHan}]{1,7}?省|[\\p{IsHan}]{2,4}?自治区)?([\\p{IsHan}]{1,9}?(?:市|州(?!市)))?([\\p{IsHan}]{1,7}?[区县旗])?(?:[\\p{IsHan}]{2,8}?[镇乡])?(?:人民政府|政府)?$");
    /** A title's year (2024年甲乙县政府工作报告) is never part of the place, so 年 and 度 are not name characters here. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "([\\p{IsHan}&&[^年度]]{2,3}市)?([\\p{IsHan}&&[^年度]]{1,3}?[区县])(?:第[一二三四五六七八九十]+届人民代表大会|人民政府|委区政府|政府工作报告)");
    /** A town's government as issuing body (甲乙镇人民政府): the town its short forms (镇政府) stand for. */
    private static final Pattern TOWN_BODY = Pattern.compile("^([\\p{IsHan}]{2,12}?[镇乡])(?:人民政府|政府)?$");
    private static final Pattern CITY_IN_TEXT = Pattern.compile(
            "([\\p{IsHan}&&[^年度]]{2,3}市)(?:第[一二三四五六七八九十]+届人民代表大会|人民政府|委市政府|政府工作报告)");

    /** The scope of a report; {@code normalise} maps traditional script so 星河區人民政府 reads as 星河区人民政府. */
    static ReportScope of(CleanReport report, java.util.function.UnaryOperator<String> normalise) {
        Optional<String> body = report.metadata().issuingBody().filter(s -> !s.isBlank()).map(normalise);
        if (body.isPresent()) {
            Matcher m = BODY.matcher(body.get().strip());
            if (m.matches()) {
                return new ReportScope(body.get().strip(), Optional.ofNullable(m.group(1)), Optional.ofNullable(m.group(2)),
                        Optional.ofNullable(m.group(3)));
            }
            return new ReportScope(body.get().strip(), Optional.empty(), Optional.empty(), Optional.empty());
        }
        return fromText(report.docId(), normalise.apply(report.text().substring(0, Math.min(report.text().length(), 2000))));
    }

    /** Without metadata, the first self-reference of the report (XX区委区政府, XX区人民政府) gives the scope. */
    private static ReportScope fromText(String docId, String head) {
        Matcher d = IN_TEXT.matcher(head);
        while (d.find()) {
            if (onBehalf(head, d.start())) {
                continue;
            }
            Optional<String> city = Optional.ofNullable(d.group(1));
            return new ReportScope(city.orElse("") + d.group(2) + "人民政府", Optional.empty(), city, Optional.of(d.group(2)));
        }
        Matcher c = CITY_IN_TEXT.matcher(head);
        while (c.find()) {
            if (onBehalf(head, c.start())) {
                continue;
            }
            return new ReportScope(c.group(1) + "人民政府", Optional.empty(), Optional.of(c.group(1)), Optional.empty());
        }
        return new ReportScope(docId, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Whether a match starting at {@code start} is the speaker's 我代表…/代表… with a short form (我代表市人民政府): the
     * characters before the level are those words, not a place.
     */
    private static boolean onBehalf(String head, int start) {
        int end = Math.min(head.length(), start + 4);
        return head.substring(Math.max(0, start - 2), end).contains("代表");
    }

    /** The full place for a level character (省, 市, 区, 县), as a chain from the city down. */
    Optional<String> placeFor(char level) {
        return switch (level) {
            case '省' -> province;
            case '市' -> city;
            // 州委 in a county-level city's report (甲首市 in 乙丙州) is the prefecture's, not the city's own
            case '州' -> city.filter(c -> c.endsWith("州"));
            case '盟' -> city.filter(c -> c.endsWith("盟"));
            case '区', '县', '旗' -> district.map(d -> city.orElse("") + d);
            // a town's report speaks for the town: 镇政府 there is the issuing town's government
            case '镇', '乡' -> town();
            default -> Optional.empty();
        };
    }

    /** The issuing town, without the district or city a title may write before it (甲乙区|丙丁镇). */
    Optional<String> town() {
        Matcher m = TOWN_BODY.matcher(issuingBody);
        if (!m.matches()) {
            return Optional.empty();
        }
        String town = m.group(1);
        int chain = -1;
        for (char level : "市区县旗".toCharArray()) {
            chain = Math.max(chain, town.lastIndexOf(level, town.length() - 2));
        }
        return Optional.of(town.length() - chain - 1 >= 3 ? town.substring(chain + 1) : town);
    }

    /** The lowest level this report speaks for: the district of a district report, else the city. */
    Optional<String> ownPlace() {
        return district.isPresent() ? placeFor('区') : city.isPresent() ? city : province;
    }

    char ownLevel() {
        return district.isPresent() ? '区' : city.isPresent() ? '市' : '省';
    }

    /** The full chain for a place written out (星河区 in a 青岚市星河区 report is 青岚市星河区). */
    String chainFor(String place) {
        Optional<String> town = town().filter(place::endsWith);
        if (town.isPresent()) {
            return town.get(); // 甲市乙镇 in a town's report is the town its short forms (镇政府) stand for
        }
        if (district.isPresent() && (place.equals(district.get()) || place.equals(city.orElse("") + district.get()))) {
            return city.orElse("") + district.get();
        }
        return place;
    }
}
