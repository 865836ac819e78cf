package org.govreportkg.extract.gazetteer;

import java.util.Comparator;
import java.util.List;

/**
 * Derives the short form texts use for a division (广西壮族自治区 → 广西, 福田区 → 福田,
 * 坪山街道 → 坪山) by stripping its administrative suffix and, for autonomous areas, the names
 * of the peoples it is autonomous for.
 */
final class ShortNames {

    /** Shorter forms are too ambiguous to name a place (城区 → 城). */
    static final int MIN_LENGTH = 2;

    /** Longer stems are compound names (南通市海门区临江新区), not something texts abbreviate. */
    private static final int MAX_LENGTH = 6;

    // Longest first, so 自治区 is tried before 区 and 新区 before 区.
    private static final List<String> SUFFIXES = sortedLongestFirst(List.of(
            "特别行政区", "街道办事处", "自治区", "自治州", "自治县", "自治旗", "街道", "办事处", "地区",
            "新区", "林区", "特区", "苏木", "省", "市", "区", "县", "盟", "旗", "镇", "乡"));

    /**
     * The 55 minority peoples, plus 各 and 民 for 各族 and 民族. In autonomous areas multi-character
     * names are stripped with or without 族 (新疆维吾尔自治区, 博尔塔拉蒙古自治州); one-character ones
     * only with 族, since without it they are ordinary characters of place names (水, 白, 土).
     */
    private static final List<String> PEOPLES = sortedLongestFirst(List.of(
            "壮", "回", "满", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "侗", "布依", "瑶", "白", "朝鲜",
            "哈尼", "黎", "哈萨克", "傣", "畲", "傈僳", "东乡", "仡佬", "拉祜", "佤", "水", "纳西", "羌", "土",
            "仫佬", "锡伯", "柯尔克孜", "景颇", "达斡尔", "撒拉", "布朗", "毛南", "塔吉克", "普米", "阿昌", "怒",
            "鄂温克", "京", "基诺", "德昂", "保安", "俄罗斯", "裕固", "乌孜别克", "门巴", "鄂伦春", "独龙",
            "赫哲", "高山", "珞巴", "塔塔尔", "各", "民"));

    /**
     * Heads of names that are zones, farms or offices rather than divisions (经济技术开发区,
     * 保税区, 林场); their stems are not names of their own.
     */
    private static final List<String> NON_DIVISION_HEADS = List.of(
            "开发", "工业", "管理", "示范", "保税", "度假", "渡假", "风景", "名胜", "旅游", "经济", "高新",
            "试验", "实验", "合作", "集中", "聚集", "集聚", "生活", "保护", "片", "功能", "产业", "综合", "物流",
            "商务", "科技", "社", "街", "加工", "投资", "贸易", "工贸", "托管", "核心", "灌", "矿", "场", "监狱",
            "委员会", "管委会", "公司", "中心", "局", "处");

    /**
     * A county or larger whose stem ends in an administrative word is named by that stem
     * (景德镇市 → 景德镇, 梅县区 → 梅县); a town's is a compound of offices (闻喜县社区).
     */
    private static final List<String> TOWN_ONLY_HEADS = List.of("市", "县", "区", "镇", "乡");

    private ShortNames() {
    }

    /** The short form of {@code name}, or {@code name} itself when it has no safe short form. */
    static String of(String name, Division.Level level) {
        String stem = stripSuffix(name);
        if (stem.endsWith("街道")) {
            stem = stripSuffix(stem); // Beijing and Harbin towns: 和平街道地区
        }
        if (stem.equals(name) || isNotADivisionName(stem, level)) {
            return name;
        }
        boolean autonomous = name.contains("自治");
        if (autonomous || stem.indexOf('族') >= 0) {
            stem = stripPeoples(stem, autonomous);
        }
        return stem.length() > MAX_LENGTH ? name : stem;
    }

    /**
     * An autonomous county or township named without its peoples but with its level word (甲乙彝族乡 → 甲乙乡,
     * 甲乙彝族自治县 → 甲乙县, 甲乙苗族自治州 → 甲乙州), as texts often write it.
     */
    static java.util.Optional<String> withLevelWord(Division d) {
        String name = d.name();
        if (!d.hasShortName() || name.indexOf('族') < 0) {
            return java.util.Optional.empty();
        }
        String level = name.endsWith("自治县") ? "县" : name.endsWith("自治旗") ? "旗" : name.endsWith("自治州") ? "州"
                : name.endsWith("乡") ? "乡" : name.endsWith("镇") ? "镇" : null;
        return level == null ? java.util.Optional.empty() : java.util.Optional.of(d.shortName() + level);
    }

    /** A banner named by its wing: 甲乙丙右翼前旗, 甲乙丙左旗. */
    private static final java.util.regex.Pattern WING_BANNER =
            java.util.regex.Pattern.compile("(\\p{IsHan})\\p{IsHan}{1,3}?([左右])翼?([前中后]?)旗");

    /**
     * The customary abbreviation of a banner named by its wing: the first character, the wing and the position
     * (甲乙丙右翼前旗 → 甲右前旗, 甲乙丙左旗 → 甲左旗), as Inner Mongolian reports write their own banner.
     */
    static java.util.Optional<String> bannerAbbreviation(Division d) {
        java.util.regex.Matcher m = WING_BANNER.matcher(d.name());
        if (d.level() != Division.Level.DISTRICT || !m.matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.group(1) + m.group(2) + m.group(3) + "旗");
    }

    private static boolean isNotADivisionName(String stem, Division.Level level) {
        for (String head : NON_DIVISION_HEADS) {
            if (stem.endsWith(head)) {
                return true;
            }
        }
        // 梁园区 and 下花园区 are districts; 某某工业园 and 生态园 are zones.
        if (stem.endsWith("园") && stem.length() >= 4) {
            return true;
        }
        return level == Division.Level.TOWN && TOWN_ONLY_HEADS.stream().anyMatch(stem::endsWith);
    }

    // The longest suffix that leaves a stem of at least MIN_LENGTH: 神农架林区 → 神农架, but
    // 金林区 → 金林, not 金.
    private static String stripSuffix(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= MIN_LENGTH) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    // Repeated because some areas are autonomous for several peoples (黔西南布依族苗族自治州).
    // Outside autonomous areas a people is only stripped with 族 (管城回族区, 大兴民族乡), since
    // bare 高山 or 保安 in a town's name is part of the place name.
    private static String stripPeoples(String stem, boolean autonomous) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String people : PEOPLES) {
                String withZu = people + "族";
                String tail = stem.endsWith(withZu) ? withZu
                        : autonomous && people.length() > 1 && stem.endsWith(people) ? people : null;
                if (tail != null && stem.length() - tail.length() >= MIN_LENGTH) {
                    stem = stem.substring(0, stem.length() - tail.length());
                    stripped = true;
                    break;
                }
            }
        }
        return stem;
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
