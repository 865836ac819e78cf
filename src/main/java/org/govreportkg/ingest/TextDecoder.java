package org.govreportkg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a source into text. Precedence follows what browsers do: a byte-order mark
 * wins, then the charset the server declared, then the page's own declaration, and only then a
 * guess. Chinese government sites still serve GB2312/GBK, which GB18030 decodes as a superset.
 */
final class TextDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** Browsers look for a meta declaration in the first 1024 bytes; pages often put it later. */
    private static final int META_SCAN_BYTES = 4096;

    private static final Pattern CHARSET_PARAM =
            Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final Pattern META_TAG = Pattern.compile("(?i)<meta\\b[^>]*>");

    private TextDecoder() {
    }

    /**
     * @param bytes          the raw content
     * @param contentType    the HTTP Content-Type header, if any
     * @param html           whether to look for a meta charset declaration
     */
    static String decode(byte[] bytes, Optional<String> contentType, boolean html) {
        Charset charset = bomCharset(bytes)
                .or(() -> contentType.flatMap(TextDecoder::charsetParameter).filter(c -> fits(c, bytes)))
                .or(() -> html ? metaCharset(bytes).filter(c -> fits(c, bytes)) : Optional.empty())
                .orElseGet(() -> detect(bytes));
        String text = new String(bytes, charset);
        // Java's UTF-8 decoder keeps the BOM as U+FEFF; it is not part of the text.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static Optional<Charset> bomCharset(byte[] bytes) {
        return Optional.ofNullable(UniversalDetector.detectCharsetFromBOM(bytes)).flatMap(TextDecoder::lookup);
    }

    static Optional<Charset> charsetParameter(String contentType) {
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : Optional.empty();
    }

    static Optional<Charset> metaCharset(byte[] bytes) {
        // Declarations are ASCII, so reading the head as Latin-1 finds them whatever the real encoding.
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher tag = META_TAG.matcher(head);
        while (tag.find()) {
            Optional<Charset> declared = charsetParameter(tag.group());
            if (declared.isPresent()) {
                return declared;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a declared charset can be believed. Servers default to ISO-8859-1, which cannot hold a
     * Chinese report, and templates copied between sites keep a stale meta charset; a declaration
     * the bytes do not decode under is ignored in favour of detection.
     */
    private static boolean fits(Charset declared, byte[] bytes) {
        return declared.canEncode() && declared.newEncoder().canEncode('中') && decodesCleanly(declared, bytes);
    }

    /** Undeclared Chinese text is either UTF-8 or one of the GB encodings; the detector arbitrates. */
    static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (detected != null) {
            Optional<Charset> charset = lookup(detected);
            if (charset.isPresent() && (charset.get().equals(StandardCharsets.UTF_8) || charset.get().equals(GB18030))) {
                return charset.get();
            }
        }
        return decodesCleanly(StandardCharsets.UTF_8, bytes) ? StandardCharsets.UTF_8 : GB18030;
    }

    private static boolean decodesCleanly(Charset charset, byte[] bytes) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Maps a declared name to a charset; the GB family is widened to GB18030, unknown names are ignored. */
    static Optional<Charset> lookup(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936") || n.equals("ms936")
                || n.equals("windows-936") || n.equals("gb_2312-80") || n.equals("euc-cn") || n.equals("gb18030")) {
            return Optional.of(GB18030);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
