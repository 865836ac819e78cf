package org.govreportkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String SENTENCE = "今年经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇新增就业一万人以上。";
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void gbFamilyDeclarationsWidenToGb18030() {
        assertThat(TextDecoder.lookup("gb2312")).contains(TextDecoder.GB18030);
        assertThat(TextDecoder.lookup("GBK")).contains(TextDecoder.GB18030);
        assertThat(TextDecoder.lookup("x-gbk")).contains(TextDecoder.GB18030);
        assertThat(TextDecoder.lookup("utf-8")).contains(StandardCharsets.UTF_8);
        assertThat(TextDecoder.lookup("no-such-charset")).isEmpty();
    }

    @Test
    void contentTypeCharsetWinsOverTheMetaDeclaration() {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body>" + SENTENCE + "</body></html>").getBytes(GBK);
        assertThat(TextDecoder.decode(page, Optional.of("text/html; charset=GBK"), true)).contains(SENTENCE);
    }

    @Test
    void byteOrderMarkWinsOverTheContentType() {
        byte[] text = SENTENCE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(TextDecoder.decode(withBom, Optional.of("text/plain; charset=GBK"), false)).isEqualTo(SENTENCE);
    }

    @Test
    void httpEquivMetaDeclarationIsRead() {
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body>" + SENTENCE + "</body></html>").getBytes(GBK);
        assertThat(TextDecoder.decode(page, Optional.empty(), true)).contains(SENTENCE);
    }

    @Test
    void undeclaredTextIsDetectedAsUtf8OrGb18030() {
        assertThat(TextDecoder.decode(SENTENCE.getBytes(GBK), Optional.empty(), false)).isEqualTo(SENTENCE);
        assertThat(TextDecoder.decode(SENTENCE.getBytes(StandardCharsets.UTF_8), Optional.empty(), false))
                .isEqualTo(SENTENCE);
    }

    @Test
    void latin1ServerDefaultIsIgnoredForAChinesePage() {
        byte[] page = ("<html><body>" + SENTENCE + "</body></html>").getBytes(GBK);
        assertThat(TextDecoder.decode(page, Optional.of("text/html; charset=ISO-8859-1"), true)).contains(SENTENCE);
    }

    @Test
    void staleMetaDeclarationTheBytesContradictIsIgnored() {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body>" + SENTENCE + SENTENCE + "</body></html>")
                .getBytes(GBK);
        assertThat(TextDecoder.decode(page, Optional.empty(), true)).contains(SENTENCE + SENTENCE);
    }
}
