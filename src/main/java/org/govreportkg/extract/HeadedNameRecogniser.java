package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names that end in a head from the lexicon (XX街道, XX研究院, XX工程) and takes as much of the
 * segmented text before the head as can belong to a name: nouns, names, letters and digits, nominal
 * verbs, stopping at verbs, function words, punctuation, quantities and stop words. Heads that
 * name works and areas stop before a full administrative place (星河区 | 云溪街道), so the place
 * stays its own entity; institution names may include one (青岚市气象台).
 */
final class HeadedNameRecogniser {
    private static final int MAX_LENGTH = 20;
    private static final Set<String> NAME_TAGS_EXTRA = Set.of("j", "vn", "nx", "x", "s", "gi", "gm", "gp", "gg", "gb", "gc",
            "g", "nz", "nt", "ns", "nr", "b", "an");

    /** Verbs that occur inside names of works (城市更新单元, 综合整治工程); 共建 is not one, it starts clauses. */
    private static final Set<String> NAME_VERBS = Set.of("更新", "监测", "检测", "统筹", "治理", "修复",
            "保护", "补水", "取水", "孵化", "筹", "拆除", "应用", "服务",
            "重建", "改造", "扩建", "改扩建", "整治", "创新", "合作", "开放", "转移");
    /** Works HanLP tags as plain verbs, inside the names of works only (甲路拓宽工程, 乙大道升级改造工程). */
    private static final Set<String> WORKS_IN_NAMES = Set.of("拓宽", "升级", "提升", "提标", "扩容", "迁建", "延伸", "加固",
            "修缮", "新建", "提质", "改建", "续建", "维修", "疏浚", "整修");
    /** Verbs that start a clause, never a name (扩建变电站, 共建国家XX中心, 开放松涛文体中心); so do the works above. */
    private static final Set<String> WORKS_VERBS = java.util.stream.Stream.concat(java.util.stream.Stream.of("重建", "改造", "扩建", "改扩建",
            "整治", "共建", "修复", "拆除", "开放", "保护", "服务"), WORKS_IN_NAMES.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Single characters that are words of their own before a name, never a fragment of it. */
    /** Dynasties, whose names (隋唐, 明清, 秦汉) HanLP tags as time words. */
    private static final Set<String> REGIONS = Lexicon.words("regions.txt");
    private static final String DYNASTIES = "夏商周秦汉晋隋唐宋元明清";
    static final String FUNCTION_CHARS = "强指好建办推做抓促让使向和与及等的在对将为由把被是有了个项座条家所批到从以于并且或更再又也都还已均共各每其该此这那占受即含不";

    private static final String MEASURE_UNITS = "瓦吨米亩";
    private static final Set<String> AREA_UNITS = Set.of("平方公里", "平方米", "万平方米", "公里", "公顷", "千米", "小时", "分钟");
    private static final String TIME_CHARS = "年月日时今明去昨前后初末春夏秋冬期季代世纪周晨晚午夜当近来";
    private static final Set<String> COUNTED_KINDS = Set.of("项目", "工程");
    /** The longest Chinese personal name, family name included. */
    private static final int PERSON_NAME_MAX = 4;
    /** Heads that say only that something is a project, so the words before them must name it. */
    private static final Set<String> KIND_HEADS = Set.of("项目");
    /** Tags of ordinary words: nouns, verbs, adjectives, distinguishing words, nominal verbs. */
    private static final Set<String> COMMON_TAGS = Set.of("n", "vn", "v", "vi", "a", "an", "ad", "b", "d", "vd", "nf", "gi", "gm", "nnt", "nnd");
    private static final Pattern COUNTED_BEFORE = Pattern.compile("[0-9一二三四五六七八九十两几多]+[个项座]$");
    private static final Pattern DESIGNATION_AFTER = Pattern.compile("示范|试点");
    private static final Pattern COUNT_AFTER = Pattern.compile("[0-9一二三四五六七八九十百千]+[个项批]");
    private static final Set<String> LINE_HEADS = Set.of("号线", "专线", "试验线");
    /** Words that describe a firm before its name inside one span (世界500强企业|甲控股集团, 领军企业|乙科技). */
    private static final Pattern FIRM_DESCRIPTOR = Pattern.compile("500强|企业|龙头|公司|品牌");
    /** Single characters that open a clause rather than a name (全, 新, 年产…, 再, 均). */
    static final String CLAUSE_OPENERS = "全新各每本该此这那其年月日共约近超总再亦仍均已正首次";
    private static final Pattern QUANTITY = Pattern.compile("[0-9一二三四五六七八九十两多几百千万]+[个所家项条座批类宗处]");
    /** A measure before a kind (3公里公园, 50亩产业园) sizes it; it is no part of a name. */
    private static final Pattern MEASURE = Pattern.compile("[0-9.]+(?:万|亿)?(?:公里|千米|米|亩|公顷|平方米|平方公里|小时|分钟|余|多)+");
    private static final Pattern RATING = Pattern.compile("[0-9.]+(?:万|亿)?(?:千伏|千瓦|兆瓦|万吨|吨)");
    /** Verbs that end a clause about a firm or place before an award or a list it joins (甲公司获评省级设计中心). */
    private static final Pattern AWARD_VERB = Pattern.compile("获评|获批|入选|荣获|评为|认定为|列入|纳入|创成");
    /** What follows an award verb is a title granted to many (获评|省级工业设计中心, 入选|全省首批…园区), no one thing. */
    private static final Pattern AWARDED = Pattern.compile(
            "(?:获评|入选|荣获|评为|认定为|成为|创成)(?:全国|全省|全市|国家|首批|第[一二三四五六七八九十]+批|(?:国家|省|市|区|县)级)*"
            + "(?:\\p{IsHan}{0,6}的)?$");
    /** Characters after 站 that make it the verb (发展站在新起点), not a station. */
    private static final String STAND_VERB_AFTER = "在起稳上";

    private static final Pattern ADMIN_UNIT = Pattern.compile("(街道|社区|镇|乡|区|县|市|省)$");
    /** Development zones end in 区 but are areas, not administrative units: names are built on them (XX新区YY产业园). */
    private static final Pattern ZONE = Pattern.compile("(新区|开发区|高新区|经开区|园区|工业区|保税区|合作区|商务区|中心区|示范区|试验区|自贸区|先行区)$");
    /** Zones' short words HanLP may split (经/p 开区). */
    private static final List<String> SPLIT_ZONE_WORDS = List.of("经开区", "高新区", "开发区", "自贸区", "保税区");
    /** Heads that are also the object of a verb (引项目, 上项目). */
    private static final Set<String> OBJECT_HEADS = Set.of("项目", "工程");
    /** Verbs whose object is projects in general (引, 上, 抓, 签, 谋, 攻); works verbs (改, 延) make a project's name. */
    private static final String OBJECT_VERBS = "引上抓签招跑争谋落保攻";
    /** Road heads that take a date or a number as their name (八一路, 五四大道). */
    private static final Set<String> ROAD_HEADS = Set.of("路", "大道", "大街", "街");
    private static final Set<String> ROAD_KINDS = Set.of("公路", "道路", "高速公路", "国道", "省道", "县道");
    /** Routes named by their two ends (青岚至松林铁路, 甲至乙高速公路): 至 joins the ends inside the name. */
    private static final Set<String> ROUTE_HEADS = Set.of("铁路", "公路", "高速", "高铁", "城际", "大道", "路", "通道",
            "北路", "南路", "东路", "西路", "中路");
    private static final Pattern CHINESE_NUMERAL = Pattern.compile("[一二三四五六七八九十]{2,4}");

    /** Numbered slogans: 一中心, 四大中心, 三区. */
    private static final Pattern NUMBERED = Pattern.compile("[一二三四五六七八九十两多几百千]+[大个项]?");

    /** 新办5所新型幼儿园: a count inside the words before the head counts a kind; no name holds one. */
    private static final Pattern COUNTED_INSIDE = Pattern.compile("[0-9]+[个所家项座批类宗处]");
    /** 两城两区一中心: a slogan counting its parts. */
    private static final Pattern COUNTED_PARTS = Pattern.compile("(?:[一二两三四五六七八九十]\\p{IsHan}){2,}");
    /** 县县通高速, 村村通公路: a slogan that every unit of a level gets the works. */
    private static final Pattern EVERY_LEVEL = Pattern.compile("([省市县区乡镇村户])\\1");
    /** 六大产业链项目, 十大名溪公园: a numbered set of kinds, no one name. */
    private static final Pattern NUMBERED_KIND = Pattern.compile("[一二三四五六七八九十两几多]+大");

    private final Lexicon lexicon;

    HeadedNameRecogniser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> recognise(String text, List<Token> tokens) {
        List<Candidate> out = new ArrayList<>();
        Map<Integer, Integer> placeEndingAt = new HashMap<>();
        int[] tokenOf = new int[text.length()];
        java.util.Arrays.fill(tokenOf, -1);
        for (int t = 0; t < tokens.size(); t++) {
            for (int p = tokens.get(t).start(); p < tokens.get(t).end() && p < text.length(); p++) {
                tokenOf[p] = t;
            }
        }
        for (int end = 1; end <= text.length(); end++) {
            int i = tokenOf[end - 1];
            Optional<Lexicon.Head> found = lexicon.headEndingAt(text, end);
            if (found.isEmpty() || i < 0) {
                continue;
            }
            Lexicon.Head head = found.get();
            if (lexicon.endsWithNonHead(text, end)) {
                continue;
            }
            // a head normally ends a token; HanLP sometimes glues the next word on (合作/区建设)
            if (tokens.get(i).end() != end && !(head.text().length() >= 2 && gluedAfter(text, end))
                    && !institutionBeforeItsFacility(tokens.get(i), end, head)) {
                continue;
            }
            int headStart = end - head.text().length();
            int j = i;
            while (j > 0 && tokens.get(j).start() > headStart) {
                j--;
            }
            if (head.text().length() == 1 && !oneCharacterHeadStands(tokens, i, head)) {
                continue;
            }
            if (head.text().equals("中心") && text.startsWith("城市", end)) {
                continue; // 建设国家中心|城市: a central city is a designation, no centre
            }
            if (head.text().equals("站") && end < text.length() && STAND_VERB_AFTER.indexOf(text.charAt(end)) >= 0) {
                continue;
            }
            if (COUNTED_KINDS.contains(head.text()) && COUNT_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                continue; // 引进甲地产业项目195个: a kind being counted, not one project
            }
            if (head.activity() && DESIGNATION_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                continue; // 甲区循环化改造|示范试点: works a place is chosen to demonstrate are a designation, no project
            }
            int start = afterSizedListItem(text, tokens, afterRepeatedVerb(tokens, leftEdge(text, tokens, j, end, head, placeEndingAt), j), headStart);
            final int i0 = i;
            start = afterAwardVerb(text, start, headStart);
            final int nameStart = start;
            // 小/a starts village names (小甲桥村); a describing noun (云/n 基站, 农业|柳河) does not
            boolean adjectiveOnly = tokens.stream().anyMatch(t -> t.start() == nameStart && t.end() == tokens.get(i0).start()
                    && t.tag().startsWith("a"));
            if (head.text().length() == 1 && !ROAD_HEADS.contains(head.text()) && start < tokens.get(i).start() && !adjectiveOnly
                    && lexicon.describesOnly(text.substring(start, tokens.get(i).start()))) {
                start = tokens.get(i).start(); // 农业|柳河/ns: a word describing the place before its name is no part of it
            }
            if (head.type() == EntityType.ORGANIZATION) {
                start = afterFirmDescriptor(text, start, headStart);
            }
            start = trimLeading(text, start, headStart);
            start = trimLeadingStopWords(text, start, headStart);
            start = afterVerbBeforePlace(tokens, start, headStart);
            if (head.type() == EntityType.PLACE) {
                Matcher rating = RATING.matcher(text).region(start, headStart);
                if (rating.lookingAt()) {
                    start = rating.end(); // 110千伏|甲乙湾: a line's rating sizes the works built there, not the place
                }
            }
            start = withSplitZoneWord(text, start);
            if (start >= headStart) {
                continue;
            }
            if (head.type() == EntityType.PROJECT && COUNTED_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find()) {
                continue; // 5个|风电项目, 建成一个|城市综合体: a counted kind of works, not one named project
            }
            if (OBJECT_HEADS.contains(head.text()) && j > 0 && tokens.get(j - 1).end() == headStart
                    && tokens.get(j - 1).word().length() == 1 && OBJECT_VERBS.indexOf(tokens.get(j - 1).word().charAt(0)) >= 0) {
                continue; // 抓招商引|项目, 招商上|项目: a verb and its object, not a project's name
            }
            int close = text.lastIndexOf(')', headStart - 1);
            if (close >= start && text.lastIndexOf('(', close) < start) {
                start = close + 1; // an unbalanced ")" means the name began inside the parenthesis
            }
            if (start >= headStart) {
                continue;
            }
            int dash = text.lastIndexOf('-', headStart - 1);
            boolean route = ROUTE_HEADS.contains(head.text()) && dash > start && placeEndsAt(tokens, dash);
            if (dash >= start && !route) { // 甲-乙高速 is one route between two places
                if (headStart - dash - 1 < 2) {
                    continue; // 青松山公园-中心: the dash joins names, the head is not this name's
                }
                start = dash + 1; // a chain of names joined by dashes (云岭山公园-青松山公园): each is a name
            }
            if (head.type() == EntityType.PROJECT && !worksOnAName(text, tokens, start, headStart)) {
                continue; // 品质提升工程, 转型升级基地: works on a quality or a trend, not on a named place
            }
            if (BUILDING_HEADS.contains(head.text()) && !buildsANamedThing(text, tokens, start, headStart)) {
                continue; // 生态保护建设工程, 美丽甲乙建设工程: a campaign, not the building of a named thing
            }
            if (!namesSomething(text.substring(start, headStart).replaceAll("[“”]", ""), text, start, head)) {
                continue;
            }
            if (end - start <= PERSON_NAME_MAX && personAfterTitle(tokens, start)) {
                continue; // 区长 王长港: a person's name after a job title, whatever its last character
            }
            if (KIND_HEADS.contains(head.text()) && opensAPhrase(tokens, start) && commonWordsOnly(tokens, start, headStart)
                    && !holdsAHeadOrWorks(text, tokens, start, headStart)) {
                continue; // 奶牛养殖项目, 智能制造项目: ordinary words before 项目 say what kind of project, not which
            }
            int fullEnd = withParenthetical(text, end);
            if (head.text().endsWith("期") && text.startsWith("工程", fullEnd)) {
                fullEnd += 2; // 甲项目一期工程: the phase's works are the project's name
            }
            out.add(new Candidate(text.substring(start, fullEnd), head.type(), start, fullEnd,
                    (head.activity() ? "activity:" : "head:") + head.text(), Optional.empty(), head.alsoTypes()));
            if (head.type() == EntityType.PLACE || LINE_HEADS.contains(head.text()) || head.text().endsWith("期")) {
                // a line (甲1号线) is built on in phases: 甲1号线一期工程 starts where the line does; a phase is
                // extended (甲大道四期延伸段)
                placeEndingAt.merge(fullEnd, start, Math::min);
            }
        }
        return out;
    }

    /**
     * The left edge of the name whose head starts in token {@code j}: back over tokens that can belong to a
     * name, through balanced parentheses and a closing quote, over a named place it is built on.
     */
    private int leftEdge(String text, List<Token> tokens, int j, int end, Lexicon.Head head,
                         Map<Integer, Integer> placeEndingAt) {
        int start = tokens.get(j).start();
        int k = j - 1;
        while (k >= 0) {
            Token t = tokens.get(k);
            if (t.word().equals("”") && k == j - 1) {
                int open = matchingQuote(tokens, k);
                if (open >= 0) {
                    return tokens.get(open).start();
                }
            }
            if (t.word().equals(")")) {
                int open = matchingOpen(tokens, k);
                if (open > 0 && accepts(tokens.get(open - 1), head) && end - tokens.get(open - 1).start() <= MAX_LENGTH) {
                    start = tokens.get(open - 1).start();
                    k = open - 2;
                    continue;
                }
                break;
            }
            if (t.word().equals("·") && k > 0 && k < j && accepts(tokens.get(k - 1), head) && end - tokens.get(k - 1).start() <= MAX_LENGTH) {
                start = t.start(); // 甲·乙产业园: a middle dot joins the parts of one name
                k--;
                continue;
            }
            // 甲至乙高速公路; also a line between two places (甲至乙特高压工程, 甲—乙—丙输变电工程)
            boolean placeToPlace = k + 1 < j && tokens.get(k + 1).start() == start && placeLike(tokens.get(k + 1))
                    && k > 0 && placeLike(tokens.get(k - 1));
            boolean dash = t.word().equals("—") || t.word().equals("-");
            if ((t.word().equals("至") || dash && ROUTE_HEADS.contains(head.text())) && (ROUTE_HEADS.contains(head.text()) || placeToPlace)
                    || dash && placeToPlace
                    && k > 0 && k < j && placeLike(tokens.get(k - 1)) && end - tokens.get(k - 1).start() <= MAX_LENGTH) {
                start = t.start();
                k--;
                continue;
            }
                        if (t.word().equals("与") && head.type() == EntityType.ORGANIZATION && k > 0 && k < j && tokens.get(k - 1).word().length() >= 2
                    && tokens.get(k - 1).tag().startsWith("n") && accepts(tokens.get(k - 1), head)) {
                // 光学与声学联合实验室, 交通与市政设计评审委员会: 与 joins two fields inside one name
                start = t.start();
                k--;
                continue;
            }
            Integer placeStart = placeEndingAt.get(start);
            if (placeStart != null && head.type() == EntityType.PLACE && ADMIN_UNIT.matcher(text.substring(placeStart, start)).find()
                    && !ZONE.matcher(text.substring(placeStart, start)).find()) {
                break; // administrative units do not nest in names (云溪街道 | 竹林社区): that is PART_OF
            }
            if (placeStart != null && endsInRoad(head.text()) && !head.text().equals("快速路")
                    && endsInRoad(text.substring(placeStart, start))) {
                break; // a road is not named after the road before it (甲路乙北路立交 lists two roads)
            }
                        if (placeStart != null && placeStart < start && end - placeStart <= MAX_LENGTH) {
                // a named place the name is built on (松岭片区 | 配套道路二期项目), even if HanLP split it oddly
                start = placeStart;
                while (k >= 0 && tokens.get(k).start() >= start) {
                    k--;
                }
                continue;
            }
            if (head.type() == EntityType.PLACE && ROAD_KINDS.contains(t.word())
                    && !(k + 1 < tokens.size() && tokens.get(k + 1).tag().equals("m"))) {
                break; // 旅游公路|甲乙公路: the kind of road before a road's name describes it
            }
            if (splitVerb(tokens, k)) {
                break; // 形/ng 成/v 甲乙产业园: a verb HanLP cut in two characters is no part of the name after it
            }
            boolean unit = ExampleListRecogniser.isUnitAfterNumber(tokens, k);
            boolean routeAbbreviation = ROUTE_HEADS.contains(head.text()) && singleCharacterRun(tokens, k, j);
            boolean dateName = k == j - 1 && ROAD_HEADS.contains(head.text()) && tokens.get(j).word().equals(head.text())
                    && CHINESE_NUMERAL.matcher(t.word()).matches();
            // a numeral character between characters of a name HanLP could not segment (恒/ag 一/m 锂/n 能/v 项目)
            boolean numeralInName = k > 0 && k + 1 < tokens.size() && tokens.get(k + 1).start() == start
                    && t.tag().equals("m") && t.word().length() == 1 && "一二三四五六七八九".indexOf(t.word().charAt(0)) >= 0
                    && (tokens.get(k + 1).word().length() == 1 && accepts(tokens.get(k + 1), head)
                    && tokens.get(k - 1).word().length() == 1 && accepts(tokens.get(k - 1), head)
                    // a chemical's count of groups (碳酸/n 二/m 甲酯/gb): HanLP tags the term after it as technical
                    || tokens.get(k + 1).tag().startsWith("g") && tokens.get(k + 1).word().length() >= 2
                    && tokens.get(k - 1).tag().startsWith("n") && accepts(tokens.get(k - 1), head));
            // a phase of a project (青岚锂能项目二期): 项目 is no name word, but here the phase's name goes on before it
            boolean phasedProject = k == j - 1 && head.text().endsWith("期") && t.word().equals("项目");
            // an ordinal after a place names the second of its kind there (青岚第二通道, 松溪第一人民医院)
            boolean ordinalAfterPlace = t.word().matches("第[一二三四五六七八九十]{1,2}") && k > 0
                    && (tokens.get(k - 1).tag().startsWith("ns") || tokens.get(k - 1).tag().startsWith("nt"))
                    && accepts(tokens.get(k - 1), head);
            // a name's first character HanLP took for a counter or adverb where the clause starts (天/qt 易经开区)
            boolean clauseInitial = t.word().length() == 1 && Character.isIdeographic(t.word().charAt(0))
                    && (k == 0 || tokens.get(k - 1).tag().equals("w")) && k + 1 < tokens.size()
                    && (t.tag().startsWith("q") || t.tag().startsWith("d") || numeralBeforeACharacter(tokens, k))
                    && FUNCTION_CHARS.indexOf(t.word().charAt(0)) < 0 && CLAUSE_OPENERS.indexOf(t.word().charAt(0)) < 0;
            if (NUMBERED_KIND.matcher(t.word()).matches() || AREA_UNITS.contains(t.word())) {
                break; // 三大|数字产业平台, 5|平方公里|产业片区: a count of kinds or an area is no part of a name
            }
            if ((t.word().length() == 1 && MEASURE_UNITS.indexOf(t.word().charAt(0)) >= 0 || t.word().equals("大")) && k > 0
                    && tokens.get(k - 1).tag().equals("m")) {
                break; // 万千/m 瓦: the unit of a measure; 5/m 大: a count of kinds (5大园区); neither is part of a name
            }
            // a name's character HanLP took for a counter between a place and another character (甲/ns 方/q 舱/n 医院)
            boolean counterInName = t.tag().startsWith("q") && t.word().length() == 1 && k > 0 && k + 1 <= j
                    && tokens.get(k + 1).word().length() == 1 && (tokens.get(k - 1).tag().startsWith("ns")
                    || tokens.get(k - 1).tag().startsWith("nr") || tokens.get(k - 1).tag().startsWith("nz"));
            // a part of a place by its side (甲省|中部|城市群, 甲市|西部|快线)
            boolean sideOfPlace = t.tag().equals("f") && t.word().length() == 2 && t.word().endsWith("部") && k > 0
                    && (tokens.get(k - 1).tag().startsWith("ns") || tokens.get(k - 1).tag().startsWith("nr"));
            if (!(accepts(t, head) || unit || dateName || routeAbbreviation || numeralInName || phasedProject || ordinalAfterPlace
                    || clauseInitial || sideOfPlace || counterInName)
                    || end - t.start() > MAX_LENGTH) {
                break; // a unit after digits (12/m 英寸/q) is part of a name; other measure words are not
            }
            start = t.start();
            k--;
        }
        return start;
    }

    /**
     * Whether the words from {@code start} to {@code end} are all ordinary dictionary words: no proper name, abbreviation,
     * letter, digit or character HanLP could not join into a word.
     */
    private static boolean commonWordsOnly(List<Token> tokens, int start, int end) {
        List<Token> core = tokens.stream().filter(t -> t.end() > start && t.start() < end).toList();
        return !core.isEmpty() && core.get(0).start() == start && core.stream().allMatch(t -> t.word().length() >= 2
                && t.word().chars().allMatch(Character::isIdeographic) && COMMON_TAGS.stream().anyMatch(t.tag()::equals));
    }

    private static boolean personAfterTitle(List<Token> tokens, int start) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() == start) {
                int before = k - 1;
                while (before >= 0 && tokens.get(before).word().isBlank()) {
                    before--;
                }
                return before >= 0 && tokens.get(before).tag().equals("nnt");
            }
        }
        return false;
    }

    /**
     * 、400亩|群/ng 益智/v 能/v 家装产业社区: a park listed by its area starts right after the area, even where HanLP cut its
     * first characters into words of their own.
     */
    private int afterSizedListItem(String text, List<Token> tokens, int start, int headStart) {
        Matcher area = SIZED_ITEM.matcher(text.substring(Math.max(0, start - 12), start));
        if (start >= headStart || area.find()) {
            return start;
        }
        for (int from = start - 1; from >= Math.max(0, start - MAX_SIZED_GAP); from--) {
            int at = from;
            if (SIZED_ITEM.matcher(text.substring(Math.max(0, at - 12), at)).find()) {
                String gap = text.substring(at, start);
                List<Token> inside = tokens.stream().filter(t -> t.start() >= at && t.end() <= start).toList();
                boolean aligned = !inside.isEmpty() && inside.get(0).start() == at && inside.get(inside.size() - 1).end() == start;
                boolean split = inside.stream().anyMatch(t -> t.word().length() == 1 && !t.tag().startsWith("w"));
                if (aligned && split && gap.chars().allMatch(Character::isIdeographic)
                        && gap.chars().noneMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0)
                        && inside.stream().noneMatch(t -> lexicon.isStopWord(t.word()))) {
                    return at;
                }
                return start;
            }
        }
        return start;
    }

    /** An area that sizes a listed park or plot (、42.7亩, ,3.6平方公里) right before its name. */
    private static final Pattern SIZED_ITEM = Pattern.compile("(?:^|[、,，;；:：。])[0-9.]+(?:亩|平方公里|公顷|万平方米|平方米)$");
    private static final int MAX_SIZED_GAP = 4;

    /**
     * Whether the works verbs HanLP tags as plain verbs (拓宽, 升级) inside a name follow a name they are done to (甲路|拓宽工程):
     * a proper name or a named place before the first of them.
     */
    private boolean worksOnAName(String text, List<Token> tokens, int start, int headStart) {
        List<Token> inside = tokens.stream().filter(t -> t.start() >= start && t.end() <= headStart).toList();
        int first = -1;
        for (int k = 0; k < inside.size() && first < 0; k++) {
            if (WORKS_IN_NAMES.contains(inside.get(k).word())) {
                first = k;
            }
        }
        if (first < 0) {
            return true;
        }
        if (inside.subList(0, first).stream().anyMatch(t -> t.tag().startsWith("ns") || t.tag().startsWith("nr")
                || t.tag().startsWith("nz") || t.tag().startsWith("nt") || t.tag().equals("nx") || t.tag().equals("j"))) {
            return true;
        }
        // 环城铁路|电气化升级改造: a place named by its head (a road, a railway) with a core that is no mere description
        String before = text.substring(start, inside.get(first).start());
        for (int p = 2; p <= before.length(); p++) {
            int at = p;
            if (lexicon.headEndingAt(before, p).filter(h -> h.type() == EntityType.PLACE && at > h.text().length()
                    && !lexicon.describesOnly(before.substring(0, at - h.text().length()))
                    && !lexicon.isGenericName(before.substring(0, at))).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BUILDING_HEADS = Set.of("建设项目", "建设工程");

    /**
     * Whether what is built (甲乙厂房|建设项目, 丙丁体育用品|建设项目) is a named thing: a proper name that is more than a
     * bare place, or a thing with a head of its own.
     */
    private boolean buildsANamedThing(String text, List<Token> tokens, int start, int headStart) {
        List<Token> inside = tokens.stream().filter(t -> t.start() >= start && t.end() <= headStart).toList();
        if (inside.size() == 1 && inside.get(0).tag().startsWith("ns")) {
            return false; // 甲乙|建设工程: building up a place is a campaign
        }
        String core = text.substring(start, headStart);
        return lexicon.headEndingAt(core, core.length()).isPresent() || inside.stream().anyMatch(t -> t.tag().startsWith("ns")
                || t.tag().startsWith("nr") || t.tag().startsWith("nz") || t.tag().startsWith("nt") || t.tag().equals("nx")
                || t.tag().equals("j"));
    }

    /** Whether nothing that could name the works comes right before {@code start}: the sentence's start, a verb or a function word. */
    private boolean opensAPhrase(List<Token> tokens, int start) {
        Optional<Token> before = tokens.stream().filter(t -> t.end() == start).findFirst();
        return before.isEmpty() || lexicon.isStopWord(before.get().word())
                || java.util.stream.Stream.of("w", "v", "p", "c", "u", "d", "a", "f", "m", "r").anyMatch(before.get().tag()::startsWith);
    }

    /** 新址重建, 数字化生产线, 人工湿地: works or a kind of facility, which other steps tie to the name before them. */
    private boolean holdsAHeadOrWorks(String text, List<Token> tokens, int start, int end) {
        for (int p = start + 1; p <= end; p++) {
            if (lexicon.headEndingAt(text, p).filter(h -> h.text().length() >= 2).isPresent()) {
                return true;
            }
        }
        return tokens.stream().anyMatch(t -> t.start() >= start && t.end() <= end && NAME_VERBS.contains(t.word()));
    }

    /** Whether the single character at {@code k} and the one before it make a verb of the dictionary (形/ng 成/v). */
    /**
     * 抓细抓实|甲乙科技城, 做优做强|丙园区: four lone characters that repeat a verb (ABAC) are a slogan about the name, no
     * part of it; HanLP splits such coined slogans into characters, which the left edge would otherwise take.
     */
    static int afterRepeatedVerb(List<Token> tokens, int start, int headToken) {
        int from = start;
        int headStart = tokens.get(headToken).start();
        for (int i = 0; i + 2 < headToken; i++) {
            Token a = tokens.get(i);
            boolean lone = a.word().length() == 1 && tokens.get(i + 1).word().length() == 1 && tokens.get(i + 2).word().length() == 1;
            // the left edge may have stopped inside the slogan (抓 is a function character), and its fourth character
            // may be glued to the name after it (抓/v 细/a 抓/v 实青/nr 岚/nz 科技城)
            if (lone && a.start() + 4 > from && a.tag().startsWith("v") && a.word().equals(tokens.get(i + 2).word())
                    && a.start() + 4 < headStart) {
                from = a.start() + 4;
            }
        }
        return from;
    }

    private static boolean splitVerb(List<Token> tokens, int k) {
        if (k == 0) {
            return false;
        }
        Token t = tokens.get(k);
        Token before = tokens.get(k - 1);
        if (t.word().length() != 1 || before.word().length() != 1 || before.end() != t.start()) {
            return false;
        }
        return Lexicon.isDictionaryVerb(before.word() + t.word());
    }

    /** 四/m 皓/ng 公园: a numeral before a lone character HanLP could not join is the name's first character. */
    private static boolean numeralBeforeACharacter(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.tag().equals("m") || t.word().length() != 1 || "一二三四五六七八九".indexOf(t.word().charAt(0)) < 0 || k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.word().length() == 1 && Character.isIdeographic(next.word().charAt(0))
                && FUNCTION_CHARS.indexOf(next.word().charAt(0)) < 0 && (next.tag().startsWith("n") || next.tag().startsWith("g"));
    }

    private static boolean placeEndsAt(List<Token> tokens, int at) {
        return tokens.stream().anyMatch(t -> t.end() == at && placeLike(t));
    }

    /** A word HanLP tags as a place, or as a person's name when it is a place it does not know (奈曼/nr). */
    private static boolean placeLike(Token t) {
        return t.tag().startsWith("ns") || t.tag().startsWith("nr") && t.word().length() >= 2;
    }

    private boolean accepts(Token t, Lexicon.Head head) {
        String w = t.word();
        String tag = t.tag();
        if (WORKS_IN_NAMES.contains(w) && head.type() == EntityType.PROJECT) {
            return true; // a start made only of works is cut off by trimLeadingStopWords
        }
        if (lexicon.isStopWord(w)) {
            return false;
        }
        if (NAME_VERBS.contains(w)) {
            return true;
        }
        if (w.length() == 1 && "区市省县".indexOf(w.charAt(0)) >= 0 && !head.crossesPlaces()) {
            return false; // 区 before a road or park is the district's, not part of the name
        }
        if (tag.startsWith("ns") && ROAD_HEADS.stream().anyMatch(head.text()::endsWith) && lexicon.isGenericName(w)) {
            return false; // 老城区|甲乙中路: the part of town a road runs through is no part of its name
        }
        if (w.length() == 1 && Character.isIdeographic(w.charAt(0))) {
            // HanLP splits unknown names into single characters of any tag (青/ng 岚/n 通道, 聚/v 松路)
            return FUNCTION_CHARS.indexOf(w.charAt(0)) < 0 && !tag.equals("w") && !tag.startsWith("u")
                    && !tag.startsWith("p") && !tag.startsWith("c") && !tag.startsWith("r") && !tag.startsWith("m")
                    && !tag.startsWith("q") && !tag.startsWith("d");
        }
        if (!head.crossesPlaces() && isAdministrativePlace(t)) {
            return false;
        }
        if (tag.equals("m")) {
            return w.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        }
        if (tag.equals("f") && w.length() == 2 && "东南西北中上下前后内外左右".indexOf(w.charAt(0)) < 0
                && "东南西北".indexOf(w.charAt(1)) >= 0) {
            return true; // a place named by its side of a town or river (城南/f 新区, 江北/f 新城), unlike 东部/f
        }
        if (tag.equals("t") && w.length() == 2 && w.chars().noneMatch(c -> TIME_CHARS.indexOf(c) >= 0)) {
            return true; // a name HanLP took for a time word (甲文/t 洗涤二期): no time character in it
        }
        if (tag.equals("t") && w.length() >= 2 && w.chars().allMatch(c -> DYNASTIES.indexOf(c) >= 0)) {
            return true; // HanLP tags eras as time words (明清/t), but an era names sites and museums (明清古城)
        }
        if (tag.startsWith("n") && !tag.equals("nr") && !tag.startsWith("nr") || NAME_TAGS_EXTRA.contains(tag)) {
            return true;
        }
        return tag.startsWith("nr") && w.length() >= 2;
    }

    /**
     * A route named by one character per city it links (甲/vg 乙/d 丙/f 铁路): HanLP tags such characters as anything,
     * adverbs and locatives included; inside a run of single characters right before the head they are the name.
     */
    private static boolean singleCharacterRun(List<Token> tokens, int k, int j) {
        for (int m = k; m < j; m++) {
            String w = tokens.get(m).word();
            if (w.length() != 1 || !Character.isIdeographic(w.charAt(0)) || FUNCTION_CHARS.indexOf(w.charAt(0)) >= 0) {
                return false;
            }
        }
        return j - k >= 2 || k > 0 && tokens.get(k - 1).word().length() == 1
                && Character.isIdeographic(tokens.get(k - 1).word().charAt(0))
                && FUNCTION_CHARS.indexOf(tokens.get(k - 1).word().charAt(0)) < 0;
    }

    private static boolean endsInRoad(String place) {
        return place.endsWith("路") || place.endsWith("大道") || place.endsWith("大街");
    }

        static boolean isAdministrativePlace(Token t) {
        String w = t.word();
        return t.tag().startsWith("ns") && w.length() >= 3 && !w.endsWith("城市") && !w.endsWith("城区")
                && (w.endsWith("省") || w.endsWith("市") || w.endsWith("区") || w.endsWith("县") || w.endsWith("街道")
                || w.endsWith("镇") || w.endsWith("乡"));
    }

    /** 甲协会创新基地/nt, 甲大学工程研究中心/nt: HanLP glued a body to what is named after it; the body ends inside the token. */
    private boolean institutionBeforeItsFacility(Token t, int end, Lexicon.Head head) {
        if (head.type() != EntityType.ORGANIZATION || head.text().length() < 2 || !t.tag().startsWith("nt") || t.end() - end < 2) {
            return false;
        }
        String rest = t.word().substring(end - t.start());
        return lexicon.headEndingAt(rest, rest.length()).filter(h -> h.text().length() < rest.length()).isPresent();
    }

    private static final List<String> GLUED_AFTER = List.of("建设", "开发", "改造", "规划", "发展", "等", "和");

    private static boolean gluedAfter(String text, int end) {
        // 甲乙街道办事处|2023年政府工作报告: a title's year HanLP glued to the issuing body
        return GLUED_AFTER.stream().anyMatch(g -> text.startsWith(g, end)) || YEAR_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static final Pattern YEAR_AFTER = Pattern.compile("(?:19|20)[0-9]{2}年");

    /** A single character HanLP split off an unknown name (青/ng 岚河, 松/n 环路). */
    private static boolean isFragment(Token t) {
        return t.word().length() == 1 && Character.isIdeographic(t.word().charAt(0))
                && FUNCTION_CHARS.indexOf(t.word().charAt(0)) < 0
                && (t.tag().startsWith("n") || t.tag().startsWith("g") || t.tag().startsWith("v"));
    }

    /**
     * A one-character head (路, 河, 局) counts on its own, at the end of a word HanLP took for a name
     * (松安路/ns), or after a split-off fragment (青/ng 岚河); inside ordinary words (布局, 大局, 线路) it is none.
     */
    private static boolean oneCharacterHeadStands(List<Token> tokens, int i, Lexicon.Head head) {
        Token t = tokens.get(i);
        String tag = t.tag();
        if (t.word().equals(head.text())) {
            // standing alone it needs a name before it (松塘/nz 水), not a verb (补/v 水)
            String before = i > 0 ? tokens.get(i - 1).tag() : "w";
            return !before.startsWith("v") && !before.startsWith("a") && !before.startsWith("w") && !before.startsWith("d");
        }
        return tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nis")
                || tag.startsWith("nz") || tag.startsWith("nr")
                || i > 0 && t.word().length() == 2 && isFragment(tokens.get(i - 1));
    }

    private static int matchingQuote(List<Token> tokens, int close) {
        for (int k = close - 1; k >= Math.max(0, close - 6); k--) {
            if (tokens.get(k).word().equals("“")) {
                return k;
            }
        }
        return -1;
    }

    private static int matchingOpen(List<Token> tokens, int close) {
        for (int k = close - 1; k >= Math.max(0, close - 4); k--) {
            if (tokens.get(k).word().equals("(")) {
                return k;
            }
        }
        return -1;
    }

    private static int trimLeading(String text, int start, int limit) {
        while (start < limit && "、,".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        // 及甲公司: a conjunction HanLP glued to the name after it
        // (after a comma the character starts the name: ,和桥医院 is a hospital, not "and 桥医院")
        if (limit - start > 3 && "及和与并".indexOf(text.charAt(start)) >= 0 && start > 0 && Character.isIdeographic(text.charAt(start - 1))) {
            start++;
        }
        return start;
    }

    /**
     * Whether the part before the head names something: long enough, not a kind (创新型, 示范性), not a
     * numbered slogan (四大中心, 系统一平台), not a quoted programme, not only descriptive words.
     */
    private boolean namesSomething(String core, String text, int start, Lexicon.Head head) {
        if (head.text().equals("号线") && !core.isEmpty() && core.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true; // 2号线: a line's number is its name
        }
                if (ROAD_HEADS.contains(head.text()) && CHINESE_NUMERAL.matcher(core).matches()) {
            return true; // roads named after a date (八一路, 五四大道), not a numbered slogan
        }
        // a compass road (坪/ng 西路) may have a one-character name before it, like a one-character head after a fragment
        return core.length() >= (head.text().length() >= 3 || ROUTE_HEADS.contains(head.text()) && head.text().length() == 2 ? 1 : 2)
                && "型性化式".indexOf(core.charAt(0)) < 0 && !core.endsWith("型") && !core.endsWith("性")
                && !(core.length() <= 3 && core.endsWith("一"))
                && !quotedSlogan(text, start, head) && !isGeneric(core) && !awardedTitle(text, start)
                && !NUMBERED.matcher(core).matches() && !NUMBERED_KIND.matcher(core).lookingAt()
                && !(core.startsWith("大") && start > 0 && "一二三四五六七八九十两几多".indexOf(text.charAt(start - 1)) >= 0)
                && !EVERY_LEVEL.matcher(core).lookingAt() && !COUNTED_PARTS.matcher(core).lookingAt()
                && !COUNTED_INSIDE.matcher(core).find();
    }

    /** A quoted slogan before 项目/工程/小区 names a programme or a kind (“邻里微服务”项目), not a work. */
    private static boolean quotedSlogan(String text, int start, Lexicon.Head head) {
        if (text.charAt(start) != '“') {
            return false;
        }
        String quoted = text.substring(start, text.indexOf('”', start) < 0 ? start + 1 : text.indexOf('”', start));
        return head.text().equals("项目") || head.text().equals("工程") || head.text().equals("小区")
                || quoted.chars().anyMatch(c -> "一二两三四五六七八九十百千0123456789".indexOf(c) >= 0); // “五好”园区
    }

    /** Strips stop words HanLP left glued to the name's first word (推进区中医院, 研究推进应用型大学). */
    private int trimLeadingStopWords(String text, int start, int limit) {
        boolean again = true;
        while (again) {
            again = false;
            if (start > 0 && start < limit && "个所家项条座批类宗处".indexOf(text.charAt(start)) >= 0
                    && "0123456789余多几十百千".indexOf(text.charAt(start - 1)) >= 0) {
                start++; // 200余|项子工程: the counter after a number HanLP glued to the name
                again = true;
                continue;
            }
            Matcher q = QUANTITY.matcher(text).region(start, limit);
            Matcher measure = MEASURE.matcher(text).region(start, limit);
            if (q.lookingAt()) {
                start = q.end();
                again = true;
            } else if (measure.lookingAt()) {
                start = measure.end();
                again = true;
            }
            if (start + 3 < limit && text.charAt(start + 2) == '好' && Lexicon.isDictionaryVerb(text.substring(start, start + 2))) {
                start += 3; // 保障好|甲乙高速: a verb with its complement 好 HanLP glued to the name after it
                again = true;
                continue;
            }
            for (int len = 3; len >= 2 && !again; len--) {
                String w = start + len <= limit ? text.substring(start, start + len) : "";
                if (lexicon.isStopWord(w) || WORKS_VERBS.contains(w)) {
                    start += len;
                    again = true;
                }
            }
        }
        return start;
    }

    /**
     * A verb before a place starts the clause, not the name (统筹|甲乙地区双城经济圈, 发展|甲市都市圈): names built on a
     * place begin with it.
     */
    private static int afterVerbBeforePlace(List<Token> tokens, int start, int headStart) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() == start) {
                Token next = tokens.get(k + 1);
                boolean place = next.tag().startsWith("ns") || REGIONS.contains(next.word());
                return t.tag().startsWith("v") && t.word().length() == 2 && place && next.start() < headStart
                        ? next.start() : start;
            }
        }
        return start;
    }

    /** HanLP splits 经开区 as 经/p 开区/ns: a name that starts inside a zone's short word starts with the word. */
    private static int withSplitZoneWord(String text, int start) {
        for (String zone : SPLIT_ZONE_WORDS) {
            for (int m = 1; m < zone.length(); m++) {
                if (start - m >= 0 && text.startsWith(zone, start - m)) {
                    return start - m;
                }
            }
        }
        return start;
    }

    private static boolean awardedTitle(String text, int start) {
        int end = start;
        Matcher rank = Pattern.compile("(?:全国|全省|全市|国家|首批|(?:国家|省|市|区|县)级)+").matcher(text).region(start, text.length());
        if (rank.lookingAt()) {
            end = rank.end();
        }
        return AWARDED.matcher(text.substring(Math.max(0, start - 8), end)).find();
    }

    /** A firm's name starts after the words describing it (世界500强企业甲控股集团 → 甲控股集团), if two characters remain. */
    static int afterFirmDescriptor(String text, int start, int headStart) {
        Matcher m = FIRM_DESCRIPTOR.matcher(text).region(start, headStart);
        int after = start;
        while (m.find()) {
            if (headStart - m.end() >= 2) {
                after = m.end();
            }
        }
        return after;
    }

    /** The name starts after a clause's award verb inside the span HanLP glued together (甲乙机械获|评省级…中心). */
    private static int afterAwardVerb(String text, int start, int headStart) {
        Matcher m = AWARD_VERB.matcher(text).region(start, headStart);
        int after = start;
        while (m.find()) {
            after = m.end();
        }
        return after;
    }

    /** Includes a short parenthetical right after the head (筹), (星河), (北区) as part of the fullest form. */
    static int withParenthetical(String text, int end) {
        if (end < text.length() && text.charAt(end) == '(') {
            int close = text.indexOf(')', end);
            if (close > end + 1 && close - end <= 6) {
                String inner = text.substring(end + 1, close);
                // (3000亩), (5万平方米): a size given after the name is no part of it
                // (含甲乙新村): what a name includes is no part of it
                if (inner.chars().allMatch(c -> Character.isLetterOrDigit(c)) && !inner.matches("[0-9.]+.*(?:亩|米|公里|公顷|吨|元)")
                        && !inner.matches("(?:含|包括|包含|不含).*")) {
                    return close + 1;
                }
            }
        }
        return end;
    }

    /** A core made only of descriptive words (重点, 文化, 智慧...) names nothing. */
    boolean isGeneric(String core) {
        return lexicon.describesOnly(core);
    }
}
