package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what recognisers over-generate: generic phrases (重点项目, 金融机构), meetings (市六届人大,
 * 第六次党代会), and a candidate nested in a longer one of the same type (the inner span is part of
 * the outer name, not a name of its own) unless it carries its own place head or is an official body.
 * Of two candidates on the same span, the more specific rule wins.
 */
final class CandidateFilter {
    private static final Pattern MEETING = Pattern.compile(".*(会议|大会|全会|党代会|代表大会|论坛|峰会|博览会|交易会|节|[博交洽贸运]会|展会|赛|嘉年华)$"
            + "|.*[一二三四五六七八九十]+[届次].*|.*\\d+[届次].*");

    /** 一河一策, 一村一品, 一河一网一平台: a numbered slogan spelled with 一, no name. */
    private static final Pattern ONE_BY_ONE = Pattern.compile("(?:一[^一]{1,3}){2,}");

    /** (以)甲市为中心: a phrase placing things around a city, no facility. */
    private static final Pattern AS_CENTRE = Pattern.compile(".{1,11}为中心");
    private static final Pattern POSITIONING = Pattern.compile("(区域|西部|东部|南部|北部|中部)中心$");

    private static final java.util.Set<String> PLACE_ONLY_HEADS = java.util.Set.of("head:中心", "head:示范区");

    /** 发展农民专业合作社, 新培育股份经济合作社: a kind of co-operative, perhaps after the verb that fosters it. */
    private static final Pattern KIND_OF_COOPERATIVE = Pattern.compile(
            "(?:新|积极|大力)?(?:发展|培育|组建|成立|新增|新建|扶持|规范|建立|创办|领办)?(?:新型|村级|村集体|集体|农民|农业|专业|股份|经济|土地|供销|种植|养殖|农机|旅游)*合作社");

    /** 市级院士专家工作站, 省级博士后科研工作站: a kind of workstation, by level and by whom it hosts. */
    private static final Pattern KIND_OF_WORKSTATION = Pattern.compile(
            "(?:新建|建立|设立|新增|引进)?(?:国家级|省级|市级|县级|区级)?(?:院士|专家|博士后|科研|科技特派员|技能大师|劳模|创新|人才|服务)*工作站");

    /** 2县3镇40村, 市县镇村: levels counted or listed, no place. */
    private static final Pattern LEVELS_ONLY = Pattern.compile("(?:[0-9一二三四五六七八九十百千]*[省市县区镇乡村组户]){2,}");

    private final Lexicon lexicon;

    CandidateFilter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> filter(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            // some zones are listed among towns under a kind's name (化工园区): the gazetteer finds the kind everywhere
            if (c.rule().equals("gazetteer") && lexicon.isKindName(c.surface())) {
                continue;
            }
            if (c.type() == EntityType.PLACE && LEVELS_ONLY.matcher(c.surface()).matches()) {
                continue;
            }
            if (KIND_OF_COOPERATIVE.matcher(c.surface()).matches() || KIND_OF_WORKSTATION.matcher(c.surface()).matches()) {
                continue;
            }
            if (ONE_BY_ONE.matcher(c.surface()).matches() && !c.rule().equals("official")) {
                continue;
            }
            if (lexicon.isGenericName(c.surface()) || (!c.rule().equals("official") && MEETING.matcher(c.surface()).matches())) {
                continue;
            }
            if (c.rule().equals("head:中心") && (POSITIONING.matcher(c.surface()).find() || AS_CENTRE.matcher(c.surface()).matches())) {
                continue; // 甲市区域中心, 乙省西部中心: the role a city aims at, not a facility
            }
            kept.add(c);
        }
        // the "head" 河 of 帮扶青岚松河 belongs to the county name 松河: such a span is no name, and must not hide 青岚
        kept.removeIf(c -> c.type() == EntityType.PLACE && c.rule().startsWith("head:") && kept.stream().anyMatch(
                o -> o.rule().equals("gazetteer") && o.end() == c.end() && o.start() > c.start()));
        // an official body at the end of a headed span (工作获国务院, 党中央国务院) is the name; the span is not
        kept.removeIf(c -> !c.rule().equals("official") && kept.stream().anyMatch(o -> o.rule().equals("official")
                && o.end() == c.end() && o.start() > c.start()));
        // HanLP glues a preposition to the name after it (以青岚集团/nt 为代表): when the span without it was found on
        // its own, that is the name
        kept.removeIf(c -> c.rule().startsWith("head:") && c.surface().length() > 2
                && HeadedNameRecogniser.FUNCTION_CHARS.indexOf(c.surface().charAt(0)) >= 0
                && kept.stream().anyMatch(o -> o.start() == c.start() + 1 && o.end() == c.end()));
        // a place head that cuts into a known place or body (我代表青岚|区人民政府: 湾, 山, 河 inside a district name)
        // reaches back over the words before that name: the span is no name
        kept.removeIf(c -> c.type() == EntityType.PLACE && c.rule().startsWith("head:") && kept.stream().anyMatch(
                o -> (o.rule().equals("gazetteer") || o.rule().equals("official"))
                        && c.start() < o.start() && o.start() < c.end() && c.end() < o.end()));
        // X中心 where X is only a place (青岚中心, 星河中心) is a slogan or a clipped 中心区, not a facility;
        // X示范区 likewise (接轨松岚示范区) is a designation
        kept.removeIf(c -> PLACE_ONLY_HEADS.contains(c.rule()) && kept.stream().anyMatch(o -> o.type() == EntityType.PLACE
                && o.start() == c.start() && o.end() == c.end() - (c.rule().length() - "head:".length())));
        // works whose object is no named facility are no project, and must not hide another reading of their span
        List<Candidate> objectless = kept.stream()
                .filter(c -> c.rule().startsWith("activity:") && kept.stream().noneMatch(o -> namesObjectOf(o, c))).toList();
        kept.removeAll(objectless);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : kept) {
            if (kept.stream().noneMatch(o -> o != c && beats(o, c))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Works named by a verb (改造, 整治, 提升) are projects only when their object is a named facility, road,
     * institution or firm (松涛路综合改造, 甲乙金属异地新建), not a bare place (青岚绿化提升).
     */
    private static boolean namesObjectOf(Candidate o, Candidate activity) {
        return o != activity && o.start() == activity.start() && o.end() < activity.end()
                && (o.rule().startsWith("head:") || o.rule().equals(FirmNameRecogniser.RULE) || o.rule().equals(BrandRecogniser.RULE));
    }

    private static boolean beats(Candidate o, Candidate c) {
        if (o.start() == c.start() && o.end() == c.end()) {
            if (o.type() != c.type() && (o.rule().equals(CoordinationExpander.RULE) || c.rule().equals(CoordinationExpander.RULE))) {
                return false; // 青岚河 is a river and the conjunct of 青岚河、松溪河生态补水工程
            }
            if (c.rule().equals(FirmNameRecogniser.RULE) && o.alsoTypes().contains(EntityType.ORGANIZATION)) {
                return true; // the listed item already names the firm
            }
            if (o.type() != c.type() && (o.rule().equals(FirmNameRecogniser.RULE) || c.rule().equals(FirmNameRecogniser.RULE))) {
                return false; // 甲乙制药 listed among projects is the firm and its project
            }
            int ro = rank(o), rc = rank(c);
            return ro > rc || (ro == rc && o.type().ordinal() < c.type().ordinal());
        }
        if (o.rule().equals(RouteSectionRecogniser.RULE) && o.start() == c.start() && !c.rule().equals(RouteSectionRecogniser.RULE)) {
            return false; // 青岚高铁 stays an entity inside its section 青岚高铁松溪段
        }
        if (o.rule().startsWith("activity:") && o.start() == c.start() && !c.rule().startsWith("activity:")
                && !(c.type() == EntityType.PROJECT && c.rule().endsWith("期") && o.contains(c))) {
            // 云溪体育中心 stays an entity inside 云溪体育中心拆除重建; a phase (青岚机场二期扩建) is the works' own name
            return false;
        }
        if (o.type() != c.type() || !o.contains(c)) {
            // a HanLP place tag swallowing a gazetteer name (云州竹岭扶贫协作和青岚松河) is a bad tag
            return c.rule().startsWith("tag:") && c.contains(o) && o.rule().equals("gazetteer");
        }
        if (c.rule().equals("gazetteer") && (o.rule().startsWith("tag:") || o.rule().equals(PlaceDirectory.CHAIN_RULE))) {
            return false; // 甲市 and 乙区 stay places inside the chain 甲市乙区
        }
        boolean ownPlaceHead = c.type() == EntityType.PLACE && c.rule().startsWith("head:");
        // an institution named at the start of another (明远医科大学 | 青岚口腔医院) is an entity of its own
        boolean leadingInstitution = c.type() == EntityType.ORGANIZATION && c.start() == o.start()
                && (c.rule().startsWith("head:") || c.rule().equals(LocalInstitutionRecogniser.RULE))
                && !o.rule().equals("official"); // 国务院 in 国务院国资委 is part of the commission's name
        return !ownPlaceHead && !leadingInstitution && !c.rule().equals("official") && !c.rule().equals("deixis")
                && !c.rule().equals(CoordinationExpander.RULE);
    }

    private static int rank(Candidate c) {
        String kind = c.rule().contains(":") ? c.rule().substring(0, c.rule().indexOf(':')) : c.rule();
        return switch (kind) {
            case "official", "deixis", CoordinationExpander.RULE -> 3;
            case "head", "activity" -> 2;
            default -> 1;
        };
    }
}
