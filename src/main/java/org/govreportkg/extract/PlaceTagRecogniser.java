package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes HanLP's place tags ({@code ns}, {@code nsf}) as place candidates, except in fixed phrases where
 * a country name is a modifier (中国特色, 中国梦) and single characters.
 */
final class PlaceTagRecogniser {
    private static final List<String> MODIFIER_FOLLOWERS = List.of("特色", "梦", "式", "制造", "方案", "智慧", "故事");

    List<Candidate> recognise(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        for (Token t : tokens) {
            if (!t.tag().startsWith("ns") || t.word().length() < 2) {
                continue;
            }
            String rest = text.substring(t.end());
            if (MODIFIER_FOLLOWERS.stream().anyMatch(rest::startsWith)) {
                continue;
            }
            out.add(new Candidate(t.word(), EntityType.PLACE, t.start(), t.end(), "tag:" + t.tag()));
        }
        return out;
    }
}
