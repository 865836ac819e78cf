package org.govreportkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names found by a character CRF trained on annotated report excerpts ({@link NameModelTrainer}), where the
 * hand-written recognisers found nothing or a worse span. A span the model is fairly sure of fills a gap no
 * candidate overlaps; a span it is very sure of also replaces an overlapping candidate of its own type, unless there
 * are two (the rules split a list the model would join: 甲厂及乙管网) or it is an official body, a deictic form, a
 * gazetteer place or already resolved. The gazetteer's own names and deictic forms are left to their steps, and
 * kinds, quantities, persons' names and spans that cut a word name nothing.
 */
final class LearnedNameRecogniser {
    static final String RULE = "learned";
    /** Span probabilities above which the model fills a gap, or overrules other recognisers (tuned on held-out sets). */
    static final double FILLS = 0.7;
    static final double OVERRULES = 0.9;
    private static final Set<String> TRUSTED = Set.of("official", "deixis", "gazetteer");
    /** 我镇, 本区: the deixis step resolves these to the issuing body's place; alone they name nothing. */
    private static final Pattern DEICTIC = Pattern.compile("[我本全][省市区县镇乡旗]");

    private final SpanConfidenceCrf model;
    private final PlaceDirectory places;
    private final Lexicon lexicon;

    LearnedNameRecogniser(SpanConfidenceCrf model, PlaceDirectory places, Lexicon lexicon) {
        this.model = model;
        this.places = places;
        this.lexicon = lexicon;
    }

    static LearnedNameRecogniser fromResource(String resource, PlaceDirectory places, Lexicon lexicon) {
        try (InputStream in = LearnedNameRecogniser.class.getResourceAsStream(resource)) {
            return new LearnedNameRecogniser(SpanConfidenceCrf.read(in, resource), places, lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isDeictic(String surface) {
        return DEICTIC.matcher(surface).lookingAt();
    }

    /** Adds the model's names to {@code candidates}, removing those it overrules. */
    void complete(String sentence, List<Token> tokens, List<Candidate> candidates) {
        if (sentence.isEmpty()) {
            return;
        }
        for (SpanConfidenceCrf.Span span : model.spans(CharacterFeatures.rows(sentence, tokens))) {
            String surface = sentence.substring(span.start(), span.end());
            if (span.probability() < FILLS || surface.length() < 2 || isDeictic(surface) || places.knows(surface)
                    || namesAKindOrAQuantity(surface) || namesAPerson(span, tokens)
                    || cutsAWord(span, tokens)) {
                continue;
            }
            EntityType type = type(span.type());
            List<Candidate> overlapping = candidates.stream()
                    .filter(c -> c.start() < span.end() && span.start() < c.end()).toList();
            Candidate learned = new Candidate(surface, type, span.start(), span.end(), RULE);
            if (overlapping.isEmpty()) {
                candidates.add(learned);
            } else if (span.probability() >= OVERRULES && overrules(learned, overlapping)) {
                candidates.removeAll(overlapping.stream().filter(c -> c.type() == type).toList());
                candidates.add(learned);
            }
        }
    }

    /** The rules' tests of a name hold for the model's too: no kind (城际铁路联络线), no quantity first (20万吨…). */
    private boolean namesAKindOrAQuantity(String surface) {
        return Character.isDigit(surface.charAt(0)) || lexicon.isKindName(surface)
                || lexicon.namesNothingInParticular(surface);
    }

    /** A span that is one of HanLP's person names (王甲、李乙等院士) names a person, none of our types. */
    private static boolean namesAPerson(SpanConfidenceCrf.Span span, List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.start() == span.start() && t.end() == span.end() && t.tag().startsWith("nr"));
    }

    /** A span that starts or ends inside a HanLP word (和|谐劳动关系…) is a fragment: names are made of words. */
    static boolean cutsAWord(SpanConfidenceCrf.Span span, List<Token> tokens) {
        return tokens.stream().anyMatch(t -> (t.start() < span.start() && span.start() < t.end())
                || (t.start() < span.end() && span.end() < t.end()));
    }

    private static boolean overrules(Candidate learned, List<Candidate> overlapping) {
        List<Candidate> rivals = overlapping.stream().filter(c -> c.type() == learned.type()).toList();
        return rivals.size() == 1
                && overlapping.stream().noneMatch(c -> c.start() == learned.start() && c.end() == learned.end())
                && rivals.stream().noneMatch(c -> TRUSTED.contains(c.rule()) || c.key().isPresent());
    }

    private static EntityType type(String label) {
        return switch (label) {
            case "PL" -> EntityType.PLACE;
            case "OR" -> EntityType.ORGANIZATION;
            case "PR" -> EntityType.PROJECT;
            default -> throw new IllegalStateException("learned name model has an unknown label " + label);
        };
    }
}
