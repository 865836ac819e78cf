package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 我区, 我市, 我州, 我省: the report's own district, city, prefecture or province, named by deixis; 我国 is China. */
final class DeicticRecogniser {
    private static final Pattern DEIXIS = Pattern.compile("我([省市区县州])");
    private static final Pattern COUNTRY = Pattern.compile("我国");

    List<Candidate> recognise(String text, ReportScope scope) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = DEIXIS.matcher(text);
        while (m.find()) {
            Optional<String> place = scope.placeFor(m.group(1).charAt(0));
            place.ifPresent(p -> out.add(new Candidate(m.group(), EntityType.PLACE, m.start(), m.end(), "deixis",
                    Optional.of(p))));
        }
        Matcher country = COUNTRY.matcher(text);
        while (country.find()) {
            out.add(new Candidate(country.group(), EntityType.PLACE, country.start(), country.end(), "deixis", Optional.of(AliasResolver.CHINA)));
        }
        return out;
    }
}
