package org.govreportkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names given as examples of a kind: 推进明远新能源动力电池、瑞科达等项目; 完成联岚等25家企业. Each item
 * before 等 is a name of the kind's type when HanLP did not know it as a word (a name tag, split
 * characters, letters or digits): lists of industries and activities (足球、网球等体育项目,
 * 人工智能等产业项目) are ordinary words and are left out.
 */
final class ExampleListRecogniser {
    static final String RULE = "list";
    private static final Pattern KIND = Pattern.compile(
            "等(?:[0-9一二三四五六七八九十百多]+[个家批项所宗座条户]|一批)?"
            // the kind may carry a size (等17个20亿元以上重大项目, 等一批百亿级项目)
            + "(?:(?:总?投资)?(?:[0-9.]+[亿万]元|[十百千]?亿元?)(?:以上|级)?的?)?"
            + "([\\p{IsHan}“”0-9]{0,6}?)(项目|工程|企业|公司|高校|央企|国企|民企|酒店"
            // 甲乙、丙丁戊等高铁建设: railways and motorways listed by the abbreviations of the places they join
            + "|(?:高铁|城际铁路|铁路|高速公路|高速)(?!项目|工程|发展|增长|成长|运转|运行))");
    /** Kinds whose examples are works being built; the other kinds (firms, schools, hotels) are bodies. */
    private static final Set<String> WORKS_KINDS = Set.of("项目", "工程", "高铁", "城际铁路", "铁路", "高速公路", "高速");
    /** 以X、Y为龙头: the firms a sector or cluster is built around. */
    private static final Pattern LEADERS = Pattern.compile(
            "以([^,,。;;:“”()()以为]{2,40}?)(?:等)?为(?:龙头|代表|骨干|链主)"); // 以甲、乙等为龙头: 等 closes the list
    private static final int MAX_ITEM = 12;
    /** 与X合作, 与X开展战略合作: the partner of a cooperation is a body. */
    private static final Pattern PARTNER = Pattern.compile(
            "与([^,,。;;、::“”()()与和及等]{2,12}?)(?:深入开展|开展|深化|达成|签署|建立)?(?:战略|全面|深度)?合作");
    /** X、Y获评国家级…, X入选全省首批…: the subjects of an award or a designation, listed at a clause's start. */
    private static final Pattern AWARDEES = Pattern.compile(
            "(?:^|[,;:。])([^,;:。“”()与和及]{2,60}?)(?:分别|均|先后|相继)?(?:获评|获批|入选|荣获|被评为|被认定为|成为|获得?|进入|跻身)"
            + "(?=国家|省|全国|全省|全市|首批|第|中国|世界|财富|福布斯|“|\\p{IsHan}{1,4}[省市]级|\\p{IsHan}{2,3}省(?:第|首批|重点))");
    /** Subjects of an award that are sectors or activities, not bodies (甲乙产业, 文明城市测评, 服务业发展). */
    private static final Pattern SECTOR = Pattern.compile("(?:产业|行业|集群|经济|板块|产业链|发展|建设|工作|改革|测评|考核|评价|治理)$");
    private static final Pattern WORKS_AFTER_EXAMPLES = Pattern.compile(
            "等(?=有序推进|加快推进|顺利推进|稳步推进|建成投产|竣工投产|相继投产|开工建设|落地|签约)");
    private static final Pattern CAPACITY_BEFORE = Pattern.compile("[0-9.两一二三四五六七八九十]+[万千百]?(?:吨|套|台|辆|千瓦|兆瓦|平方米|亩)$");
    private static final Pattern SUPPORT = Pattern.compile(
            "在([^,;:。“”()在的]{2,30}?)的(?:大力|鼎力|全力|关心|悉心)?(?:支持|帮助|指导|关心)(?:和[\\p{IsHan}]{2})?下");
    /** Works that make a project of the firm or site they follow. */
    private static final Pattern WORKS = Pattern.compile(
            "(?:优化升级|升级改造|改造提升|提质改造|提标改造|扩能改造|技术改造|开发利用|改扩建|迁建|技改|扩建|改造)$");

    private final Lexicon lexicon;
    private final HeadedNameRecogniser heads;

    ExampleListRecogniser(Lexicon lexicon, HeadedNameRecogniser heads) {
        this.lexicon = lexicon;
        this.heads = heads;
    }

    /** Items of example lists that no other recogniser found anything in: a fallback for bare names. */
    List<Candidate> recognise(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(leaders(text, tokens, found));
        out.addAll(awardees(text, tokens, found));
        out.addAll(supporters(text, tokens, found));
        out.addAll(partners(text, tokens, found));
        List<int[]> lists = new ArrayList<>();
        Matcher m = KIND.matcher(text);
        while (m.find()) {
            if (m.group(2).equals("企业") && m.group(1).endsWith("业") || m.group(1).contains("应用")) {
                continue; // 物流、会展等服务业企业, 智能网联汽车等应用示范项目: kinds of activity, not names
            }
            lists.add(new int[] {m.start(), WORKS_KINDS.contains(m.group(2)) ? 0 : 1});
        }
        // 甲制药、乙新材等有序推进: examples whose kind is left unsaid, told by the works that follow
        Matcher w = WORKS_AFTER_EXAMPLES.matcher(text);
        while (w.find()) {
            lists.add(new int[] {w.start(), 0});
        }
        for (int[] list : lists) {
            EntityType type = list[1] == 0 ? EntityType.PROJECT : EntityType.ORGANIZATION;
            int end = list[0];
            while (end > 0) {
                int itemEnd0 = end;
                // an item another recogniser already found (松鹤堂二期) keeps its span; the list goes on before it
                Optional<Candidate> known = found.stream().filter(o -> o.end() == itemEnd0)
                        .min(java.util.Comparator.comparingInt(Candidate::start));
                // works found only by their verb (…御园改造提升) wait for the filter to find their object named: here it is
                Optional<Candidate> works = known.filter(k -> !k.rule().startsWith("activity:")).isPresent() ? Optional.empty()
                        : worksOnAName(text, tokens, itemEnd0, found);
                if (works.isPresent()) {
                    // 青岚水泥优化升级: the item is the works on a firm or site HanLP did not know
                    out.add(works.get());
                    int worksStart = works.get().start();
                    if (worksStart == 0 || text.charAt(worksStart - 1) != '、') {
                        break;
                    }
                    end = worksStart - 1;
                    continue;
                }
                int itemStart = known.map(Candidate::start).orElseGet(() -> itemStart(text, tokens, itemEnd0));
                int listed = text.lastIndexOf('、', itemEnd0 - 1) + 1;
                if (type == EntityType.ORGANIZATION && listed > 0 && listed < itemEnd0 && (itemStart < 0 || itemStart > listed)
                        && itemEnd0 - listed <= MAX_ITEM && lexicon.isFirmShortName(text.substring(listed, itemEnd0))) {
                    itemStart = listed; // 华贵/a 食品: ordinary words before an industry word name a listed firm
                }
                int clause = Math.max(listed - 1, lastClauseBreak(text, itemEnd0 - 1)) + 1;
                if (type == EntityType.PROJECT && clause < itemEnd0 && (itemStart < 0 || itemStart > clause)
                        && itemEnd0 - clause <= MAX_ITEM + 4 && lexicon.firmPrefix(text.substring(clause, itemEnd0)) > 0) {
                    itemStart = clause; // 立/v 新/a 制药 特色原料药: a firm's name and its product, whatever HanLP made of the name
                }
                boolean bounded = false;
                if (type == EntityType.PROJECT && (itemStart < 0 || itemStart > listed) && boundedItem(text, tokens, listed, itemEnd0)) {
                    itemStart = listed; // 、甲乙线北延、: between two separators the whole stretch is the item, whatever HanLP made of it
                    bounded = true;
                } else if (type == EntityType.PROJECT && clause >= listed && (itemStart < 0 || itemStart > clause)
                        && firstItem(text, tokens, clause, itemEnd0)) {
                    itemStart = clause; // ,甲乙核电、丙丁电站: the list's first item runs from the clause's start
                    bounded = true;
                }
                // 领军企业|甲环保科技: the words describing a firm are no part of its name
                int start = type == EntityType.ORGANIZATION && itemStart >= 0
                        ? HeadedNameRecogniser.afterFirmDescriptor(text, itemStart, itemEnd0)
                        : type == EntityType.PROJECT ? routeStart(text, found, itemStart, listed) : itemStart;
                if (start < 0 || end - start < 2) {
                    // an item that is no name (甲乙水泥优化升级: verbs) does not end the list: go on before it
                    int previous = text.lastIndexOf('、', end - 1);
                    if (previous > 0 && end - previous <= MAX_ITEM + 4) {
                        end = previous;
                        continue;
                    }
                    break;
                }
                int itemEnd = end;
                List<Token> inside = tokens.stream().filter(t -> t.start() >= start && t.end() <= itemEnd).toList();
                String item = text.substring(start, end);
                String bare = item.replaceAll("\\([^()]*\\)$", "");
                // a firm named after its region (青岚佑顺) overlaps only the place it starts with
                // a bounded item holds the places it names (甲河湖连通): only a name crossing its edges covers it
                boolean firm = lexicon.isFirmShortName(item);
                // 甲江环保 listed among firms: a firm named after a river or region, not the place
                boolean firmAfterPlace = firm && type == EntityType.ORGANIZATION;
                boolean covered = bounded ? found.stream().anyMatch(o -> o.start() < itemEnd && start < o.end()
                        && (o.start() < start || o.end() > itemEnd || o.type() == EntityType.PROJECT))
                        : found.stream().anyMatch(o -> o.start() < itemEnd && start < o.end()
                        && !regionPrefixedName(o, start, itemEnd, text, tokens)
                        && !(firmAfterPlace && o.type() == EntityType.PLACE && o.start() == start && o.end() < itemEnd));
                int firmLength = type == EntityType.PROJECT ? lexicon.firmPrefix(item) : 0;
                // 3万吨电解锌、2万套模具生产线: a project named by its capacity and product names no one
                boolean sizedProduct = type == EntityType.PROJECT && CAPACITY_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
                // 甲乙120万吨焦化: unless a firm's name comes before the capacity
                int named = sizedProduct ? CapacityNames.namedStart(text, tokens, start, lexicon) : -1;
                if (named >= 0 && found.stream().noneMatch(o -> o.type() == EntityType.PROJECT && o.start() < itemEnd && named < o.end())) {
                    out.add(new Candidate(text.substring(named, itemEnd), type, named, itemEnd, RULE));
                }
                int itemFirst = named >= 0 ? named : start;
                boolean route = type == EntityType.PROJECT && itemStart >= 0 && start < itemStart;
                if (route) {
                    // the places at a route's two ends are its name, not names that cover the item
                    if (found.stream().noneMatch(o -> o.type() != EntityType.PLACE && o.start() < itemEnd && start < o.end())) {
                        out.add(new Candidate(item, type, start, end, RULE));
                    }
                } else if (!covered && !sizedProduct && firmLength > 0 && !heads.isGeneric(item)) {
                    // 甲乙科技智能穿戴部件: a firm's product line is the project (whether the industry word is part of the
                    // firm's name is a convention that varies, so the firm is left to the other recognisers)
                    out.add(new Candidate(item, type, start, end, RULE));
                } else if (!covered && !sizedProduct && (unknownToTheDictionary(inside, item) || firm) && !lexicon.isStopWord(item)
                        && !heads.isGeneric(item)
                        && !heads.isGeneric(bare.substring(0, bare.length() - lexicon.headEndingAt(bare, bare.length())
                                .map(h -> h.text().length()).orElse(0)))
                        && !quotedSlogan(item)) {
                    // a firm's short name listed as a project (甲制药): the firm and its project, both
                    out.add(new Candidate(item, type, start, end, RULE, Optional.empty(),
                            type == EntityType.PROJECT && lexicon.isFirmShortName(item) ? Set.of(EntityType.ORGANIZATION) : Set.of()));
                }
                if (itemFirst == 0 || text.charAt(itemFirst - 1) != '、') {
                    // an item whose start was not clear (甲“乙”标准厂房): the list may still go on before it
                    int previous = text.lastIndexOf('、', itemFirst - 1);
                    if (previous > 0 && itemFirst - previous <= MAX_ITEM && text.substring(previous, itemFirst).chars()
                            .noneMatch(c -> ",;:。".indexOf(c) >= 0)) {
                        end = previous;
                        continue;
                    }
                    break;
                }
                end = itemFirst - 1;
            }
        }
        return out;
    }

    /** 甲乙至|丙丁、: a listed route named by its two ends starts at the first end, a place found before 至. */
    private static int routeStart(String text, List<Candidate> found, int start, int listed) {
        if (start < 2 || text.charAt(start - 1) != '至') {
            return start;
        }
        return found.stream().filter(o -> o.type() == EntityType.PLACE && o.end() == start - 1 && o.start() >= listed)
                .mapToInt(Candidate::start).min().orElse(start);
    }

    /**
     * Whether {@code c} is the kind of the examples listed before it (等新能源项目19个, 等骨干企业): the phrase after
     * 等 describes the names before it and is no name itself.
     */
    static boolean isKindOfExamples(String text, Candidate c) {
        if (!c.rule().matches("head:(项目|工程|企业|公司)")) {
            return false;
        }
        if (c.start() > 0 && text.charAt(c.start() - 1) == '等') {
            return true;
        }
        // 等3个亿元以上磷化工项目: the count and size between 等 and the kind do not make it a name
        Matcher m = KIND.matcher(text);
        while (m.find()) {
            if (m.end() == c.end() && m.start(1) <= c.start() && c.start() > m.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An item that is works (优化升级, 开发利用, 改造提升) on a name HanLP did not know (青岚水泥, 松溪矿区): the whole
     * item is the project. Items naming the works on an ordinary word (产能优化升级) are no names.
     */
    private Optional<Candidate> worksOnAName(String text, List<Token> tokens, int end, List<Candidate> found) {
        Matcher w = WORKS.matcher(text.substring(Math.max(0, end - 6), end));
        if (!w.find()) {
            return Optional.empty();
        }
        int nameEnd = end - w.group().length();
        int start = itemStart(text, tokens, nameEnd);
        if (start < 0 || nameEnd - start < 2 || start > 0 && "、，,；;：:".indexOf(text.charAt(start - 1)) < 0
                && !lexicon.isStopWord(tokens.stream().filter(t -> t.end() == start).map(Token::word).findFirst().orElse(""))) {
            return Optional.empty();
        }
        String name = text.substring(start, nameEnd);
        List<Token> inside = tokens.stream().filter(t -> t.start() >= start && t.end() <= nameEnd).toList();
        // 甲市乙机技改: the firm is named after its city, which covers only the name's start
        boolean covered = found.stream().anyMatch(o -> o.start() < end && start < o.end() && !o.rule().startsWith("activity:")
                && !regionPrefixedName(o, start, nameEnd, text, tokens));
        if (covered || !unknownToTheDictionary(inside, name) || lexicon.isStopWord(name) || heads.isGeneric(name)
                || lexicon.isKindName(name) || lexicon.isGenericName(name)
                || lexicon.headEndingAt(name, name.length()).filter(h -> h.text().length() == name.length()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(text.substring(start, end), EntityType.PROJECT, start, end, RULE));
    }

    /**
     * Firms named as the leaders of a sector (以青岚集团、松溪新能源为龙头): the frame says each item is a
     * body, so an item HanLP tags as a name or cannot segment is an organization, whatever its suffix.
     */
    private List<Candidate> leaders(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = LEADERS.matcher(text);
        while (m.find()) {
            for (Item item : items(m, "、")) {
                // items joined by 和/与/及 are kinds (网络与通信), not a firm's name
                if (!plausible(item) || item.text().chars().anyMatch(c -> "和与及".indexOf(c) >= 0)
                        || found.stream().anyMatch(o -> o.start() == item.start() && o.end() == item.end())) {
                    continue;
                }
                // tokens overlapping the item: HanLP may glue the frame's 以 to the first name (以青岚集团/nt)
                List<Token> over = tokens.stream().filter(t -> t.start() < item.end() && item.start() < t.end()).toList();
                if (unknownToTheDictionary(over, item.text())) {
                    out.add(item.as(EntityType.ORGANIZATION));
                }
            }
        }
        return out;
    }

    /**
     * The subjects of an award (甲科技、乙机械获评省级工业设计中心): each item HanLP did not know, made only of name-like
     * words, is a body; items found by other recognisers (a zone, a district) keep their own type.
     */
    private List<Candidate> awardees(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = AWARDEES.matcher(text);
        while (m.find()) {
            for (Item item : items(m, "、")) {
                int s = item.start(), e = item.end();
                // an item with a place's or works' head (甲县乙村获评…, 甲孵化基地获评…) is found as one by the head recogniser
                // 新能源电池产业跻身国家级集群: a sector, not a body
                if (!plausible(item) || SECTOR.matcher(item.text()).find() || itemStart(text, tokens, e) != s
                        || lexicon.headEndingAt(item.text(), item.text().length()).filter(h -> h.type() != EntityType.ORGANIZATION).isPresent()
                        || found.stream().anyMatch(o -> o.start() < e && s < o.end() && !regionPrefixedName(o, s, e, text, tokens))) {
                    continue;
                }
                List<Token> inside = tokens.stream().filter(t -> t.start() >= s && t.end() <= e).toList();
                // the frame says the subject is a body: ordinary words make its name too (甲火通信荣获…), unless they only describe
                if (unknownToTheDictionary(inside, item.text()) || item.text().length() >= 3 && !lexicon.describesOnly(item.text())) {
                    out.add(item.as(EntityType.ORGANIZATION));
                }
            }
        }
        return out;
    }

    /**
     * Bodies whose support or leadership a report acknowledges (在甲油田的鼎力支持下, 在乙集团的大力帮助下): each item not
     * found as an official body or place is an organization.
     */
    private List<Candidate> supporters(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = SUPPORT.matcher(text);
        while (m.find()) {
            for (Item item : items(m, "、和与及")) {
                if (plausible(item) && !lexicon.describesOnly(item.text()) && itemStart(text, tokens, item.end()) == item.start()
                        && found.stream().noneMatch(o -> o.start() < item.end() && item.start() < o.end())) {
                    out.add(item.as(EntityType.ORGANIZATION));
                }
            }
        }
        return out;
    }

    /** One item of a list a frame holds (以甲、乙为龙头), with its span in the sentence. */
    private record Item(String text, int start, int end) {
        Candidate as(EntityType type) {
            return new Candidate(text, type, start, end, RULE);
        }
    }

    /** The items of the frame's first group, split at {@code separators}. */
    private static List<Item> items(Matcher frame, String separators) {
        List<Item> out = new ArrayList<>();
        int start = frame.start(1);
        for (String item : frame.group(1).split("[" + separators + "]", -1)) {
            out.add(new Item(item, start, start + item.length()));
            start += item.length() + 1;
        }
        return out;
    }

    /** An item of a plausible length that is no stop word and no generic name. */
    private boolean plausible(Item item) {
        return item.text().length() >= 2 && item.text().length() <= MAX_ITEM && !lexicon.isStopWord(item.text())
                && !heads.isGeneric(item.text());
    }

    /**
     * Partners of a cooperation (与青岚供应链合作) that HanLP did not know as words: a firm, whatever its suffix.
     * Places (与松溪市对口合作) and ordinary words (与相关部门合作) are no such partner.
     */
    private List<Candidate> partners(String text, List<Token> tokens, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = PARTNER.matcher(text);
        while (m.find()) {
            int s = m.start(1), e = m.end(1);
            String item = m.group(1);
            List<Token> over = tokens.stream().filter(t -> t.start() < e && s < t.end()).toList();
            boolean aligned = !over.isEmpty() && over.get(0).start() == s && over.get(over.size() - 1).end() == e;
            if (!aligned || lexicon.isStopWord(item) || heads.isGeneric(item)
                    // 与松溪新一轮合作: a numeral or counter says the phrase is about the cooperation, not a partner
                    || over.stream().anyMatch(t -> t.tag().startsWith("ns") || t.tag().startsWith("m") || t.tag().startsWith("q"))
                    || found.stream().anyMatch(o -> o.start() < e && s < o.end())) {
                continue;
            }
            if (unknownToTheDictionary(over, item)) {
                out.add(new Candidate(item, EntityType.ORGANIZATION, s, e, RULE));
            }
        }
        return out;
    }

    /**
     * Whether {@code o} is only the region a firm is named after (青岚佑顺): a division name at the item's start,
     * followed by characters HanLP could not make words of and no further place.
     */
    private static boolean regionPrefixedName(Candidate o, int start, int end, String text, List<Token> tokens) {
        if (o.type() != EntityType.PLACE || o.start() != start || o.end() >= end
                || !(o.rule().equals("gazetteer") || o.rule().startsWith("tag:"))) {
            return false;
        }
        List<Token> rest = tokens.stream().filter(t -> t.start() >= o.end() && t.end() <= end).toList();
        return rest.stream().noneMatch(t -> t.tag().startsWith("ns")) && unknownToTheDictionary(rest, text.substring(o.end(), end));
    }

    /** Where the item ending at {@code end} starts: back over name-like tokens, to a delimiter or verb. */
    /**
     * Whether the stretch between a list separator and the item's end is one item: short, within one clause, and
     * starting with a word that can start a name (not a verb, adverb, preposition or stop word).
     */
    private boolean boundedItem(String text, List<Token> tokens, int from, int to) {
        if (from <= 0 || text.charAt(from - 1) != '、' || to - from < 3 || to - from > MAX_ITEM + 4) {
            return false;
        }
        String stretch = text.substring(from, to);
        if (stretch.chars().anyMatch(c -> ",，;；:：。、等“”()".indexOf(c) >= 0) || lexicon.describesOnly(stretch)) {
            return false;
        }
        List<Token> inside = tokens.stream().filter(t -> t.start() >= from && t.end() <= to).toList();
        if (inside.isEmpty() || inside.get(0).start() != from || inside.get(inside.size() - 1).end() != to
                || inside.stream().anyMatch(t -> lexicon.isStopWord(t.word()))) {
            return false;
        }
        String first = inside.get(0).tag();
        // 太重/d 榆/ng 液/ng: a firm's name HanLP read as an adverb before characters it could not segment
        boolean nameReadAsAdverb = first.startsWith("d") && inside.get(0).word().length() == 2 && inside.size() > 1
                && inside.get(1).word().length() == 1 && splitCharacterTag(inside.get(1).tag());
        return !(first.startsWith("v") && !first.equals("vn")) && (!first.startsWith("d") || nameReadAsAdverb) && !first.startsWith("p")
                && !first.startsWith("c") && !first.startsWith("r") && !first.startsWith("m");
    }

    /**
     * Whether the stretch from a clause's start to the list separator after it is the list's first item: it
     * starts like a name and holds no verb before its last word (,加快推进甲、 is a clause, not an item).
     */
    private boolean firstItem(String text, List<Token> tokens, int from, int to) {
        if (to >= text.length() || text.charAt(to) != '、' || from > 0 && ",，;；。".indexOf(text.charAt(from - 1)) < 0
                || to - from < 3 || to - from > MAX_ITEM + 4) {
            return false;
        }
        String stretch = text.substring(from, to);
        if (stretch.chars().anyMatch(c -> ":：“”()（）《》".indexOf(c) >= 0) || lexicon.describesOnly(stretch)
                || lexicon.headEndingAt(stretch, stretch.length()).filter(h -> h.type() != EntityType.PROJECT).isPresent()) {
            return false; // a building or body listed under works (甲乙世居、…等修缮工程) keeps its own type
        }
        List<Token> inside = tokens.stream().filter(t -> t.start() >= from && t.end() <= to).toList();
        if (inside.isEmpty() || inside.get(0).start() != from || inside.get(inside.size() - 1).end() != to
                || inside.stream().anyMatch(t -> lexicon.isStopWord(t.word()))
                || inside.subList(0, inside.size() - 1).stream().anyMatch(t -> t.tag().startsWith("v") && !t.tag().equals("vn"))) {
            return false;
        }
        String first = inside.get(0).tag();
        return !first.startsWith("v") && !first.startsWith("d") && !first.startsWith("p") && !first.startsWith("c")
                && !first.startsWith("r") && !first.startsWith("m") && !first.startsWith("t") && !first.startsWith("f")
                && unknownToTheDictionary(inside, stretch);
    }

    private static int lastClauseBreak(String text, int before) {
        int at = -1;
        for (char c : ",，;；:：。".toCharArray()) {
            at = Math.max(at, text.lastIndexOf(c, before));
        }
        return at;
    }

    private int itemStart(String text, List<Token> tokens, int end) {
        int start = end;
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.end() > start) {
                if (t.start() < start) {
                    return -1; // the item boundary cuts a token
                }
                continue;
            }
            boolean unit = isUnitAfterNumber(tokens, k); // 12/m 英寸/q
            // an attribute (三元/b) sits inside a name, never at its end (长圳/二期/b is a phase, not a name)
            boolean attributeAtEnd = t.tag().equals("b") && t.word().length() >= 2 && t.end() == end;
            if (t.end() != start || end - t.start() > MAX_ITEM || !(itemPart(t) || unit || splitCounter(tokens, k)
                    || clauseInitialNameCharacter(tokens, k)) || attributeAtEnd
                    || verbComplement(tokens, k)) {
                break;
            }
            start = t.start();
        }
        return start;
    }

    /**
     * A name's first character HanLP took for an adverb or counter where the clause starts, before a character it
     * could not join (,太/d 伦/ng 新材料): part of the name.
     */
    private static boolean clauseInitialNameCharacter(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.word().length() == 1 && Character.isIdeographic(t.word().charAt(0))
                && (t.tag().startsWith("d") || t.tag().startsWith("q")) && (k == 0 || tokens.get(k - 1).tag().equals("w"))
                && k + 1 < tokens.size() && tokens.get(k + 1).word().length() == 1
                && splitCharacterTag(tokens.get(k + 1).tag())
                && HeadedNameRecogniser.FUNCTION_CHARS.indexOf(t.word().charAt(0)) < 0
                && ADVERB_OPENERS.indexOf(t.word().charAt(0)) < 0;
    }

    /** Adverbs and counters that open a clause (全, 各, 共, 均…); 正 and 太 also start firms' names (正甲, 太乙). */
    private static final String ADVERB_OPENERS = "全各每本该此这那其年月日共约近超总再亦仍均已首次";

    /** A unit of measure after digits (12/m 英寸/q) belongs to a name; a counter (2/m 座/q) does not. */
    static boolean isUnitAfterNumber(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return k > 0 && t.tag().startsWith("q") && t.word().length() >= 2 && t.word().indexOf('万') < 0
                && t.word().indexOf('亿') < 0 && tokens.get(k - 1).tag().equals("m")
                && tokens.get(k - 1).word().chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * A counter character between single characters of a name HanLP could not segment (奥/b 克/q 斯/b) is one of
     * those characters; after digits (2/m 座/q) it is a counter.
     */
    private static boolean splitCounter(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        // a numeral character inside such a name (恒/ag 一/m 锂/n) is one of its characters too
        boolean hanNumeral = t.tag().equals("m") && t.word().length() == 1 && "一二三四五六七八九".indexOf(t.word().charAt(0)) >= 0
                && k + 1 < tokens.size() && tokens.get(k + 1).word().length() == 1
                && Character.isIdeographic(tokens.get(k + 1).word().charAt(0));
        if (t.word().length() != 1 || !(t.tag().startsWith("q") || hanNumeral) || k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return before.word().length() == 1 && Character.isIdeographic(before.word().charAt(0))
                && splitCharacterTag(before.tag());
    }

    /**
     * A single-character verb or adjective right after another one (抓/v 实/ad, 培/v 强/a) completes that verb
     * (抓实, 培强): it starts the clause, not the name after it.
     */
    private static boolean verbComplement(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        Token verb = k > 0 ? tokens.get(k - 1) : null;
        return verb != null && verb.word().length() == 1 && verb.tag().startsWith("v")
                && t.word().length() == 1 && (t.tag().startsWith("a") || t.tag().startsWith("d"));
    }

    private boolean itemPart(Token t) {
        String tag = t.tag();
        String w = t.word();
        if (w.equals("、") || w.equals("等") || lexicon.isStopWord(w)) {
            return false;
        }
        if (w.length() == 1 && HeadedNameRecogniser.FUNCTION_CHARS.indexOf(w.charAt(0)) >= 0) {
            return false; // 强, 做, 抓: words of their own before a name
        }
        // b: attributes inside product names (三元/b 正极材料)
        return tag.startsWith("n") || tag.startsWith("g") || tag.equals("j") || tag.equals("vn") || tag.equals("x") || tag.equals("b")
                || w.equals("“") || w.equals("”") || w.equals("(") || w.equals(")")
                || tag.equals("m") && w.chars().allMatch(c -> c < 128)
                || w.length() == 1 && !tag.startsWith("w") && !tag.startsWith("u") && !tag.startsWith("p")
                && !tag.startsWith("c") && !tag.startsWith("d") && !tag.startsWith("r") && !tag.startsWith("q")
                && !tag.startsWith("m");
    }

    /** Tags HanLP gives the characters of a name it could not segment (联/vg 岚/g, 迈/v 科/b). */
    private static boolean splitCharacterTag(String tag) {
        return tag.startsWith("n") || tag.startsWith("g") || tag.equals("b") || tag.equals("vg") || tag.equals("ag");
    }

    /** “两代表一委员”, “1+1+9”: a quoted numbered slogan is no name. */
    private static boolean quotedSlogan(String item) {
        return item.startsWith("“") && item.chars().anyMatch(c -> "一二两三四五六七八九十0123456789".indexOf(c) >= 0);
    }

    /** HanLP knows ordinary words; names it tags as names or splits into characters. */
    private static boolean unknownToTheDictionary(List<Token> tokens, String item) {
        if (item.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            return true;
        }
        for (Token t : tokens) {
            String tag = t.tag();
            if (tag.startsWith("nr") || tag.startsWith("nz") || tag.startsWith("nt") || tag.startsWith("ns")
                    || tag.equals("j") || tag.equals("nx")
                    || t.word().length() == 1 && Character.isIdeographic(t.word().charAt(0)) && splitCharacterTag(tag)) {
                return true;
            }
        }
        return false;
    }
}
