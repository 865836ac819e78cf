package org.govreportkg.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The by-line under a report's heading: 星河区人民政府区长张三, 青岚市市长 李四, 区人民政府区长 王五.
 *
 * @param office what precedes the role (星河区人民政府, 青岚市), possibly empty
 * @param role   the head-of-government title (区长, 市长, 代市长)
 * @param name   the person's name
 */
record Speaker(String office, String role, String name) {

    /** Heads of government at each level deliver the work report; an acting head is 代X长. */
    private static final Pattern BY_LINE = Pattern.compile(
            "^(\\p{IsHan}*?)(代?(?:省|市|区|县|州|旗|盟|镇|乡)长|主席)(\\p{IsHan}{2,4}|\\p{IsHan}{1,6}·\\p{IsHan}{1,8})$");

    private static final ScriptNormaliser FOLD = new ScriptNormaliser();

    /** A by-line in either script; a traditional one (市長) is read, and given, in simplified characters. */
    static Optional<Speaker> parse(String line) {
        // Two-character names are often padded to three (张　明); the padding is not part of the name.
        Matcher m = BY_LINE.matcher(FOLD.normalise(line).replaceAll("\\s+", ""));
        return m.matches() ? Optional.of(new Speaker(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }
}
