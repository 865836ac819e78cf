package org.govreportkg.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a report says about itself. Every field may be absent: a reprint that starts mid-report
 * has no heading to read it from.
 *
 * @param title        the report's title line as printed (e.g. 2024年星河区政府工作报告)
 * @param issuingBody  the government that delivers the report, in full (青岚市星河区人民政府)
 * @param year         the year the report is delivered in
 * @param delivered    the date it was delivered to the congress
 * @param speaker      who delivered it (张三)
 * @param speakerRole  the speaker's office (区长, 市长)
 * @param session      the congress session it was delivered at (星河区第三届人民代表大会第二次会议)
 */
public record ReportMetadata(
        Optional<String> title,
        Optional<String> issuingBody,
        Optional<Integer> year,
        Optional<LocalDate> delivered,
        Optional<String> speaker,
        Optional<String> speakerRole,
        Optional<String> session) {

    public static ReportMetadata empty() {
        return new ReportMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
