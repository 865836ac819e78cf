package org.govreportkg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Firms named by a short name and their industry (甲乙纺织, 丙丁制药) wherever they stand, without a frame:
 * the short name is a word HanLP does not know as an ordinary word (an unknown name, a name tag, or single
 * characters it could not join), no place and no descriptive word.
 */
final class FirmNameRecogniser {
    static final String RULE = "firm";
    private static final Set<String> NAME_TAGS = Set.of("nz", "nr", "nrf", "nt", "ntc", "nx", "j");
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 3;
    private static final Set<String> INDUSTRIES = Set.copyOf(Lexicon.FIRM_INDUSTRIES);

    private final PlaceDirectory places;
    private final Lexicon lexicon;

    FirmNameRecogniser(PlaceDirectory places, Lexicon lexicon) {
        this.places = places;
        this.lexicon = lexicon;
    }

    List<Candidate> recognise(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            oneWordFirm(text, tokens, i).ifPresent(out::add);
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token industry = tokens.get(i);
            if (!INDUSTRIES.contains(industry.word())) {
                continue;
            }
            int k = i - 1;
            int start = industry.start();
            while (k >= 0 && industry.start() - tokens.get(k).start() <= MAX_NAME && tokens.get(k).end() == start
                    && nameLike(tokens.get(k))) {
                start = tokens.get(k).start();
                k--;
            }
            String name = text.substring(start, industry.start());
            if (i + 1 < tokens.size() && !endsTheFirm(text, tokens.get(i + 1))) {
                continue; // 甲乙科技|创新合作区: the industry word is a field inside a longer name
            }
            if (name.length() == 2 && tokenAt(tokens, start).word().length() == 1 && tokenAt(tokens, start).tag().startsWith("v")
                    && tokenAt(tokens, start + 1).word().length() == 1 && tokenAt(tokens, start + 1).tag().startsWith("a")) {
                continue; // 扛/v 牢/a 能源: a verb and its complement before an industry, no firm's name
            }
            if (Lexicon.FIRM_INDUSTRIES.stream().anyMatch(name::contains)) {
                continue; // 新能源|汽车: two industries, no name
            }
            if (name.length() < MIN_NAME || name.length() > MAX_NAME || !name.chars().allMatch(Character::isIdeographic)
                    || k >= 0 && continuesAName(tokens.get(k)) || places.knows(name) || places.knows(name.substring(0, 2))
                    || lexicon.describesOnly(name) || lexicon.isStopWord(name) || CoreDictionary.contains(name)
                    && !NAME_TAGS.contains(tokenAt(tokens, start).tag())) {
                continue;
            }
            out.add(new Candidate(text.substring(start, industry.end()), EntityType.ORGANIZATION, start, industry.end(), RULE));
        }
        return out;
    }

    /**
     * A firm HanLP took for one organization word (甲乙药业/nt, 丙丁汽车/nt): a name of two or three characters and an
     * industry word, ending where the firm may end.
     */
    private java.util.Optional<Candidate> oneWordFirm(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.tag().startsWith("nt") || t.word().length() < MIN_NAME + 2 || t.word().length() > MAX_NAME + 4) {
            return java.util.Optional.empty();
        }
        for (String industry : Lexicon.FIRM_INDUSTRIES) {
            if (!t.word().endsWith(industry)) {
                continue;
            }
            String name = t.word().substring(0, t.word().length() - industry.length());
            if (name.length() >= MIN_NAME && name.length() <= MAX_NAME && name.chars().allMatch(Character::isIdeographic)
                    && !(i + 1 < tokens.size() && !endsTheFirm(text, tokens.get(i + 1)))
                    && !(i > 0 && continuesAName(tokens.get(i - 1)))
                    && Lexicon.FIRM_INDUSTRIES.stream().noneMatch(name::contains) && !places.knows(name)
                    && !places.knows(name.substring(0, 2)) && !lexicon.describesOnly(name) && !lexicon.isStopWord(name)
                    && !CoreDictionary.contains(name)) {
                return java.util.Optional.of(new Candidate(t.word(), EntityType.ORGANIZATION, t.start(), t.end(), RULE));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * What may follow a firm's name: punctuation, a verb, adjective or adverb, a conjunction or particle, or a head
     * (项目, 二期); a noun would go on with the name.
     */
    private boolean endsTheFirm(String text, Token next) {
        String tag = next.tag();
        if (lexicon.headEndingAt(text, next.end()).filter(h -> h.text().equals(next.word())).isPresent()) {
            return true;
        }
        if (lexicon.isGenericModifier(next.word())) {
            return false; // 甲乙科技|创新|走廊
        }
        return tag.equals("w") || tag.startsWith("v") || tag.startsWith("a") || tag.startsWith("d")
                || tag.startsWith("c") || tag.startsWith("u")
                || tag.startsWith("p") || tag.equals("f");
    }

    private static Token tokenAt(List<Token> tokens, int start) {
        return tokens.stream().filter(t -> t.start() == start).findFirst().orElseThrow();
    }

    /** A name word: a name tag, or a single character of a name HanLP could not segment. */
    private static boolean nameLike(Token t) {
        String w = t.word();
        return NAME_TAGS.contains(t.tag()) && w.length() <= MAX_NAME
                || w.length() == 1 && Character.isIdeographic(w.charAt(0))
                && HeadedNameRecogniser.FUNCTION_CHARS.indexOf(w.charAt(0)) < 0 && !t.tag().equals("w")
                && !t.tag().startsWith("m") && !t.tag().startsWith("q") && !t.tag().startsWith("p")
                && !t.tag().startsWith("u") && !t.tag().startsWith("c");
    }

    /** A name word right before the short name: the firm's name is longer than this rule can tell. */
    private static boolean continuesAName(Token t) {
        return (NAME_TAGS.contains(t.tag()) || t.word().length() == 1 && Character.isIdeographic(t.word().charAt(0))
                && !t.tag().equals("w") && HeadedNameRecogniser.FUNCTION_CHARS.indexOf(t.word().charAt(0)) < 0);
    }
}
