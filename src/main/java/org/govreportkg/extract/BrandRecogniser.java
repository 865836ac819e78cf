package org.govreportkg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The firm at the start of a product line or facility named with a specification (青岚微12英寸生产线,
 * 松韵达3D打印中心, 沐东方第6代显示生产线): what precedes the specification is the maker, an organization of its
 * own, when HanLP did not know it as an ordinary word and it is no place. Line numbers (地铁3号线, 101线) and
 * phases are no specifications.
 */
final class BrandRecogniser {
    static final String RULE = "brand";
    private static final Pattern SPEC = Pattern.compile(
            "第?[0-9]+(?:\\.[0-9]+)?(?:英寸|寸|纳米|代|万吨|兆瓦)|[0-9]*[A-Za-z]+[0-9]*(?![0-9]*[号线期])");

    /** Projects that may be named after their firm: facilities, lines, phases and examples in a list of projects. */
    private static final Pattern MAKER_RULES = Pattern.compile("head:(项目|基地|生产线|[一二三四]期)|list");
    private static final Pattern PHASE = Pattern.compile("[一二三四]期$");
    private static final int PHASE_LENGTH = 2;
    private static final String LINE = "生产线";
    private static final List<String> INDUSTRIES = Lexicon.FIRM_INDUSTRIES;

    private final PlaceDirectory places;
    private final Lexicon lexicon;

    BrandRecogniser(PlaceDirectory places, Lexicon lexicon) {
        this.places = places;
        this.lexicon = lexicon;
    }

    List<Candidate> recognise(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate project : found) {
            if (project.type() != EntityType.PROJECT) {
                continue;
            }
            Matcher m = SPEC.matcher(project.surface());
            if (!m.find() || m.start() < 2 || m.start() > 6 || m.end() == project.surface().length()) {
                continue;
            }
            String maker = project.surface().substring(0, m.start());
            if (!maker.chars().allMatch(Character::isIdeographic)) {
                continue; // “龙i企”: a coined quoted name, not a maker and its product
            }
            int start = project.start(), end = start + m.start();
            List<Token> inside = tokens.stream().filter(t -> t.start() >= start && t.end() <= end).toList();
            boolean cutsToken = tokens.stream().anyMatch(t -> t.start() < end && end < t.end());
            if (cutsToken || places.knows(maker) || lexicon.isStopWord(maker) || lexicon.isGenericName(maker)
                    || found.stream().anyMatch(o -> o.start() == start && o.end() == end)
                    || !namelike(inside)) {
                continue;
            }
            out.add(new Candidate(maker, EntityType.ORGANIZATION, start, end, RULE));
        }
        out.addAll(makersOfProjects(tokens, found, out));
        return out;
    }

    /**
     * The firm a project is named after, when its short name ends in an industry word (甲乙科技|制造基地, 丙丁电气|智能
     * 设备) or stands alone before a phase (甲乙丙|二期): a name HanLP did not know, no place, at the project's start.
     */
    private List<Candidate> makersOfProjects(List<Token> tokens, List<Candidate> found, List<Candidate> already) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate project : found) {
            if (project.type() != EntityType.PROJECT || !MAKER_RULES.matcher(project.rule()).matches()) {
                continue;
            }
            String surface = project.surface();
            int end = -1;
            // a firm's two-character name glued with its industry and product into one name HanLP made up
            Token first = tokens.stream().filter(t -> t.start() == project.start()).findFirst().orElse(null);
            boolean gluedName = first != null && first.tag().startsWith("nt") && first.word().length() >= 6;
            for (int p = 2; p <= 2 && gluedName && end < 0; p++) {
                for (String industry : INDUSTRIES) {
                    if (surface.startsWith(industry, p) && !CoreDictionary.contains(surface.substring(0, p))) {
                        end = afterIndustries(surface, p);
                        end = end < surface.length() ? end : -1; // 甲乙新能源汽车 alone: the firm is the whole item
                        break;
                    }
                }
            }
            if (end < 0 && PHASE.matcher(surface).find()) {
                int phase = surface.length() - PHASE_LENGTH;
                end = phase >= 2 && phase <= 4 ? phase : -1;
            }
            if (end < 0 && project.rule().equals("head:" + LINE) && surface.endsWith(LINE)) {
                int line = surface.length() - LINE.length();
                end = line >= 2 && line <= 4 ? line : -1; // 甲乙丙|生产线: a production line is its firm's
            }
            if (end < 0) {
                continue;
            }
            int start = project.start(), stop = start + end;
            String maker = surface.substring(0, end);
            int nameEnd = start + maker.length() - industryAt(maker).length();
            List<Token> name = tokens.stream().filter(t -> t.start() < nameEnd && t.end() > start).toList();
            boolean startsAToken = tokens.stream().anyMatch(t -> t.start() == start);
            if (!startsAToken || !maker.chars().allMatch(Character::isIdeographic) || places.knows(maker)
                    || places.knows(maker.substring(0, nameEnd - start)) || places.knows(maker.substring(0, 2)) || lexicon.isStopWord(maker) || lexicon.isGenericName(maker)
                    || lexicon.describesOnly(maker) || !namelike(name) || lexicon.headEndingAt(maker, maker.length()).isPresent()
                    || found.stream().anyMatch(o -> o.type() == EntityType.PLACE && o.start() == start)
                    || already.stream().anyMatch(o -> o.start() == start && o.end() == stop)) {
                continue;
            }
            out.add(new Candidate(maker, EntityType.ORGANIZATION, start, stop, RULE));
        }
        return out;
    }

    /** The end of a run of industry words starting at {@code p} (新能源|汽车). */
    private static int afterIndustries(String surface, int p) {
        int end = p;
        boolean more = true;
        while (more) {
            more = false;
            for (String industry : INDUSTRIES) {
                if (surface.startsWith(industry, end)) {
                    end += industry.length();
                    more = true;
                    break;
                }
            }
        }
        return end;
    }

    private static String industryAt(String maker) {
        return INDUSTRIES.stream().filter(maker::endsWith).findFirst().orElse("");
    }

    /** A name HanLP tags as one (nz, nr, nt, j) or splits into single characters; ordinary words are no maker. */
    private static boolean namelike(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.tag().startsWith("ns") || t.tag().startsWith("v") && t.word().length() > 1)) {
            return false;
        }
        return tokens.stream().anyMatch(t -> t.tag().startsWith("nz") || t.tag().startsWith("nr") || t.tag().startsWith("nt")
                || t.tag().equals("j") || t.word().length() == 1 && Character.isIdeographic(t.word().charAt(0)));
    }
}
