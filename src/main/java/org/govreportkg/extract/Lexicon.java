package org.govreportkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The general word lists under {@code src/main/resources/extract/}: heads, stop words, generic names. */
final class Lexicon {
    /** A name head: its text, the type it gives, and whether the name may include admin places before it. */
    record Head(String text, EntityType type, Set<EntityType> alsoTypes, boolean crossesPlaces, boolean activity) {
    }

    private final List<Head> heads;
    private final Map<Character, List<Head>> headsByLastChar;
    private final Set<String> stopWords;
    private final Set<String> genericNames;
    private final Set<String> genericModifiers;
    private final Set<String> nonHeads;

    Lexicon(List<Head> heads, Set<String> stopWords, Set<String> genericNames, Set<String> genericModifiers,
            Set<String> nonHeads) {
        this.nonHeads = Set.copyOf(nonHeads);
        List<Head> sorted = new ArrayList<>(heads);
        sorted.sort(Comparator.comparingInt((Head h) -> h.text().length()).reversed());
        this.heads = List.copyOf(sorted);
        Map<Character, List<Head>> byLast = new HashMap<>();
        for (Head h : this.heads) {
            byLast.computeIfAbsent(h.text().charAt(h.text().length() - 1), k -> new ArrayList<>()).add(h);
        }
        byLast.replaceAll((k, v) -> List.copyOf(v));
        this.headsByLastChar = Map.copyOf(byLast);
        this.stopWords = Set.copyOf(stopWords);
        this.genericNames = Set.copyOf(genericNames);
        this.genericModifiers = Set.copyOf(genericModifiers);
    }

    static Lexicon standard() {
        List<Head> heads = new ArrayList<>();
        for (String line : lines("heads.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException("extract/heads.tsv: expected head<TAB>type<TAB>scope, got: " + line);
            }
            if (!List.of("name", "local", "activity").contains(f[2])) {
                throw new IllegalStateException("extract/heads.tsv: unknown scope " + f[2] + " in: " + line);
            }
            String[] types = f[1].split("\\|");
            Set<EntityType> also = new HashSet<>();
            for (int i = 1; i < types.length; i++) {
                also.add(type(types[i]));
            }
            heads.add(new Head(f[0], type(types[0]), Set.copyOf(also), f[2].equals("name"), f[2].equals("activity")));
        }
        return new Lexicon(heads, new HashSet<>(lines("stop-words.txt")), new HashSet<>(lines("generic-names.txt")),
                new HashSet<>(lines("generic-modifiers.txt")), new HashSet<>(lines("not-heads.txt")));
    }

    private static EntityType type(String name) {
        for (EntityType t : EntityType.values()) {
            if (t.localName().equals(name)) {
                return t;
            }
        }
        throw new IllegalStateException("extract/heads.tsv: unknown type " + name);
    }

    /** The longest head that {@code text} ends with at {@code end}. */
    Optional<Head> headEndingAt(String text, int end) {
        if (end == 0) {
            return Optional.empty();
        }
        for (Head h : headsByLastChar.getOrDefault(text.charAt(end - 1), List.of())) {
            int start = end - h.text().length();
            if (start >= 0 && text.startsWith(h.text(), start)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** True when the text before {@code end} is an ordinary word that only looks headed (格局, 会客厅). */
    boolean endsWithNonHead(String text, int end) {
        for (int len = 2; len <= 3 && len <= end; len++) {
            if (nonHeads.contains(text.substring(end - len, end))) {
                return true;
            }
        }
        return false;
    }

    boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    boolean isGenericName(String name) {
        return genericNames.contains(name);
    }

    boolean isGenericModifier(String word) {
        return genericModifiers.contains(word);
    }

    /** True when {@code core} is made only of descriptive words (重点, 文化, 智慧...): it names nothing. */
    /** Whether HanLP's core dictionary knows {@code word} first of all as a verb (形成, 建成). */
    static boolean isDictionaryVerb(String word) {
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(word);
        return a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("v");
    }

    boolean describesOnly(String core) {
        int n = core.length();
        boolean[] ok = new boolean[n + 1];
        ok[0] = true;
        for (int i = 0; i < n; i++) {
            if (!ok[i]) {
                continue;
            }
            for (int j = i + 1; j <= n && j - i <= 5; j++) {
                if (isGenericModifier(core.substring(i, j))) {
                    ok[j] = true;
                }
            }
        }
        return ok[n];
    }

    /**
     * Whether an item a frame offers (投资2亿元的…, …全面竣工) names nothing in particular: a stop word, a generic name,
     * descriptive words only, or descriptive words before its head (污水处理厂, 重点项目).
     */
    boolean namesNothingInParticular(String item) {
        String core = item.substring(0, item.length() - headEndingAt(item, item.length()).map(h -> h.text().length()).orElse(0));
        return isStopWord(item) || describesOnly(item) || isGenericName(item) || describesOnly(core);
    }

    /** True when {@code name} is a head after descriptive words only (化工园区, 经济开发区): a kind, not a name. */
    boolean isKindName(String name) {
        return headEndingAt(name, name.length()).map(h -> {
            String core = name.substring(0, name.length() - h.text().length());
            return !core.isEmpty() && describesOnly(core);
        }).orElse(false);
    }

    /** Industry words that end a firm's short name (科技, 电气, 食品), longest first. */
    static final List<String> FIRM_INDUSTRIES = lines("firm-industries.txt").stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** Whether {@code item} is a name of two or three characters followed by an industry word (甲乙食品). */
    boolean isFirmShortName(String item) {
        return FIRM_INDUSTRIES.stream().anyMatch(i -> item.endsWith(i) && item.length() - i.length() >= 2
                && item.length() - i.length() <= 3 && !describesOnly(item.substring(0, item.length() - i.length())));
    }

    /**
     * The length of the firm's short name an item starts with (甲乙科技|智能部件, 丙丁制药|特色原料药): two or three
     * characters that are no descriptive word, an industry word, and a product after it; 0 when there is none.
     */
    int firmPrefix(String item) {
        for (String industry : FIRM_INDUSTRIES) {
            for (int p = 2; p <= 3; p++) {
                int end = p + industry.length();
                String name = item.substring(0, Math.min(p, item.length()));
                // an ordinary word (带动, 有害, 生态) starts a clause or a kind, not a firm's name
                if (item.startsWith(industry, p) && item.length() - end >= 2 && !describesOnly(name)
                        && !com.hankcs.hanlp.dictionary.CoreDictionary.contains(name.substring(0, 2))
                        && !isStopWord(name) && name.chars().allMatch(Character::isIdeographic)
                        && FIRM_INDUSTRIES.stream().noneMatch(name::contains)) {
                    return end;
                }
            }
        }
        return 0;
    }

    /** The words of one list under {@code extract/}. */
    static java.util.Set<String> words(String file) {
        return new HashSet<>(lines(file));
    }

    static List<String> lines(String file) {
        String path = "/extract/" + file;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + path);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }
}
