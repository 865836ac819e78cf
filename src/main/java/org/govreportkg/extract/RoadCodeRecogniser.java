package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * National, provincial and county roads by their route codes (G207, S280, X012; expressways G15 when a road word
 * follows), which HanLP tags as letters and numbers. Two-digit codes alone are left out: G20 is also a summit.
 */
final class RoadCodeRecogniser {
    static final String RULE = "road-code";
    private static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z0-9])[GSXgsx](?:\\d{3,4}|\\d{1,2}(?=\\p{IsHan}{0,4}(?:高速|国道|省道|县道|线)))(?![0-9A-Za-z.])");

    /** 国道108线, 省道215, 209国道: the same roads named by their class and number. */
    private static final Pattern CLASS_AND_NUMBER = Pattern.compile(
            "(?:国道|省道|县道)[0-9]{2,4}线?|(?<![0-9.A-Za-z])[0-9]{3}(?:国道|省道|县道)");

    List<Candidate> recognise(String text) {
        List<Candidate> out = new ArrayList<>();
        // most sentences name no road class: skip the scan (it cost a third of this step)
        Matcher n = CLASS_AND_NUMBER.matcher(text.indexOf('道') >= 0 ? text : "");
        while (n.find()) {
            out.add(new Candidate(n.group(), EntityType.PLACE, n.start(), n.end(), RULE));
        }
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            out.add(new Candidate(m.group(), EntityType.PLACE, m.start(), m.end(), RULE));
        }
        return out;
    }
}
