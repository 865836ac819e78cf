package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 我区, 我市, 我省: the report's own district, city or province, named by deixis. */
final class DeicticRecogniser {
    private static final Pattern DEIXIS = Pattern.compile("我([省市区县])");

    List<Candidate> recognise(String text, ReportScope scope) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = DEIXIS.matcher(text);
        while (m.find()) {
            Optional<String> place = scope.placeFor(m.group(1).charAt(0));
            place.ifPresent(p -> out.add(new Candidate(m.group(), EntityType.PLACE, m.start(), m.end(), "deixis",
                    Optional.of(p))));
        }
        return out;
    }
}
