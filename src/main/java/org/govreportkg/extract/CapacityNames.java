package org.govreportkg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects named by their firm, capacity and product (甲乙120万吨焦化, 丙丁年产5万吨氢能项目): the firm's short name
 * before the capacity starts the project's name. A capacity with no name before it (新增30万吨产能, 全市20万吨粮食)
 * names no project.
 */
final class CapacityNames {
    private static final Pattern CAPACITY = Pattern.compile(
            "(?:年产|年处理|年加工)?[0-9.]+(?:[×xX*][0-9.]+)?[万千百亿]?"
            + "(?:吨|千瓦|兆瓦|吉瓦|GW|MW|gw|mw|套|台|辆|平方米|头|只|件|片)级?$");
    private static final int REACH = 16;
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 6;
    /** A word HanLP knows but has seen this rarely is a firm's short name more often than a common noun (粮食 164, 钢铁 40). */
    private static final int RARE_WORD = 8;

    private final Lexicon lexicon;

    CapacityNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Headed projects right after a firm's name and capacity (甲乙35万吨|数字化生产线项目) start with the firm. */
    List<Candidate> repair(String text, List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int start = c.type() == EntityType.PROJECT && c.rule().startsWith("head:") ? namedStart(text, tokens, c.start(), lexicon) : -1;
            out.add(start < 0 ? c : new Candidate(text.substring(start, c.end()), c.type(), start, c.end(), c.rule(), c.key(),
                    c.alsoTypes()));
        }
        return out;
    }

    /**
     * Where the project whose product starts at {@code productStart} starts when a firm's name and a capacity come
     * before the product, or -1.
     */
    static int namedStart(String text, List<Token> tokens, int productStart, Lexicon lexicon) {
        int from = Math.max(0, productStart - REACH);
        Matcher m = CAPACITY.matcher(text.substring(from, productStart));
        if (!m.find()) {
            return -1;
        }
        int capacityStart = from + m.start();
        int start = capacityStart;
        boolean rare = false;
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.start() >= start) {
                if (t.start() < capacityStart && t.end() > capacityStart) {
                    return -1; // the capacity cuts a token
                }
                continue;
            }
            if (t.end() > start) {
                return -1;
            }
            if (t.end() != start || capacityStart - t.start() > MAX_NAME || !nameLike(t)) {
                break;
            }
            rare |= unknown(t);
            start = t.start();
        }
        String name = text.substring(start, capacityStart);
        if (name.length() < MIN_NAME || !name.chars().allMatch(Character::isIdeographic)
                || lexicon.isStopWord(name) || lexicon.describesOnly(name) || lexicon.isGenericName(name)) {
            return -1;
        }
        return rare || lexicon.isFirmShortName(name) ? start : -1;
    }

    private static boolean nameLike(Token t) {
        String tag = t.tag();
        String w = t.word();
        if (w.length() == 1) {
            return Character.isIdeographic(w.charAt(0)) && HeadedNameRecogniser.FUNCTION_CHARS.indexOf(w.charAt(0)) < 0
                    && !tag.startsWith("w") && !tag.startsWith("u") && !tag.startsWith("p") && !tag.startsWith("c")
                    && !tag.startsWith("d") && !tag.startsWith("r") && !tag.startsWith("q") && !tag.startsWith("m");
        }
        return tag.startsWith("n") && !tag.equals("nx") || tag.startsWith("g") || tag.equals("j") || tag.equals("b");
    }

    /** A name tag, a split character or a word HanLP has rarely seen. */
    private static boolean unknown(Token t) {
        String tag = t.tag();
        return tag.startsWith("nr") || tag.startsWith("nz") || tag.startsWith("nt") || tag.startsWith("ns") || tag.equals("j")
                || t.word().length() == 1 || CoreDictionary.getTermFrequency(t.word()) <= RARE_WORD;
    }
}
