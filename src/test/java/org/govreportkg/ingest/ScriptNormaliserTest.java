package org.govreportkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScriptNormaliserTest {
    private final ScriptNormaliser normaliser = new ScriptNormaliser();

    @Test
    void traditionalCharactersBecomeSimplifiedOneForOne() {
        assertEquals("粤港澳大湾区", normaliser.normalise("粵港澳大灣區"));
        assertEquals("广州市人民政府", normaliser.normalise("廣州市人民政府"));
    }

    @Test
    void fullWidthAsciiBecomesHalfWidthKeepingLength() {
        String in = "（１４Ｔ）平台";
        String out = normaliser.normalise(in);
        assertEquals("(14T)平台", out);
        assertEquals(in.length(), out.length());
    }
}
