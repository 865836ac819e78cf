package org.govreportkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP segmentation with place and organization recognition, one sentence at a time.
 * Segment objects keep per-call state in some versions, so each thread gets its own.
 */
final class Segmenter {
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableOffset(true));

    List<Token> segment(String sentence) {
        List<Term> terms = segment.get().seg(sentence);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            // recompute offsets from the words: HanLP's offsets are unreliable after merges
            int at = sentence.indexOf(t.word, pos);
            if (at < 0) {
                at = pos;
            }
            out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), at));
            pos = at + t.word.length();
        }
        return out;
    }
}
