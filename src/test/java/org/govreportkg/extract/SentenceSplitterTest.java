package org.govreportkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    @Test
    void splitsAtFullStopsAndLineBreaksWithOffsetsIntoTheText() {
        String text = "  建设福田区。推进坪山河整治;\n二、工作";
        List<Sentence> s = new SentenceSplitter().split(text, text);
        assertEquals(List.of("建设福田区。", "推进坪山河整治;", "二、工作"), s.stream().map(Sentence::text).toList());
        assertEquals("推进坪山河整治;", text.substring(s.get(1).start(), s.get(1).end()));
        assertEquals(2, s.get(0).start());
    }
}
