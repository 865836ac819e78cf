package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public institutions every county or city has, named by their level (市医疗中心, 省人民医院, 区中心医院, 市图书馆, 市一中) or by
 * their place and number (甲乙二中, 甲乙一小). The level's institution is the issuing body's, as 市政府 is: the short form
 * is scoped like one. A level character inside a word (城市|人民医院, 全市) names nothing.
 */
final class LocalInstitutionRecogniser {
    static final String RULE = "institution";
    private static final Pattern BY_LEVEL = Pattern.compile("([省市区县])(人民医院|中心医院|中医医院|中医院|儿童医院|妇幼保健院|妇女儿童医院"
            + "|医疗中心|疾(?:病预防)?控(?:制)?中心|档案(?:史志)?馆|图书馆|博物馆|文化馆|美术馆|科技馆|第[一二三四五六七八九十]+(?:人民医院|中学|小学|高级中学)"
            + "|[一二三四五六七八九十]{1,2}[中小](?![全央心国期型微企时龙康区]))");
    /** 一中, 二小: a county's or city's numbered middle and primary schools, never a party plenum (二中全会). */
    private static final Pattern NUMBERED = Pattern.compile("([一二三四五六七八九十]{1,2})([中小])(?![全央心国期型微企时龙康区])");
    private static final String OPENERS = ",、;:。“(（和与及在对由向为把将";

    private final PlaceDirectory places;

    LocalInstitutionRecogniser(PlaceDirectory places) {
        this.places = places;
    }

    List<Candidate> recognise(String text, List<Token> tokens, ReportScope scope) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = BY_LEVEL.matcher(text);
        while (m.find()) {
            int s = m.start();
            boolean standsAlone = s == 0 || OPENERS.indexOf(text.charAt(s - 1)) >= 0
                    || tokens.stream().anyMatch(t -> t.end() == s && (t.tag().startsWith("v") || t.tag().startsWith("p")));
            if (!standsAlone) {
                continue;
            }
            Optional<String> place = scope.placeFor(m.group(1).charAt(0));
            out.add(new Candidate(m.group(), EntityType.ORGANIZATION, s, m.end(), RULE,
                    Optional.of(place.map(p -> p + m.group(2)).orElse(scope.issuingBody() + "/" + m.group()))));
        }
        Matcher n = NUMBERED.matcher(text);
        while (n.find()) {
            for (int length = 4; length >= 2; length--) {
                int from = n.start() - length;
                if (from < 0) {
                    continue;
                }
                String place = text.substring(from, n.start());
                boolean startsAWord = tokens.stream().anyMatch(t -> t.start() == from);
                if (startsAWord && places.knows(place)) {
                    out.add(new Candidate(text.substring(from, n.end()), EntityType.ORGANIZATION, from, n.end(), RULE));
                    break;
                }
            }
        }
        return out;
    }
}
