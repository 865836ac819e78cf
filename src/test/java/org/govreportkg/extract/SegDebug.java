package org.govreportkg.extract;

/** Dev aid, run by hand: prints the segmentation of corpus sentences containing each argument. */
public final class SegDebug {
    public static void main(String[] args) {
        Segmenter seg = new Segmenter();
        ScriptNormaliser n = new ScriptNormaliser();
        SentenceSplitter sp = new SentenceSplitter();
        for (String doc : Boolean.getBoolean("all") ? DevCorpus.ALL_DOCS : DevCorpus.GOLD_DOCS) {
            String text = DevCorpus.load(doc).text();
            for (Sentence s : sp.split(text, n.normalise(text))) {
                for (String a : args) {
                    int i = s.text().indexOf(a);
                    if (i >= 0) {
                        int from = Math.max(0, i - 12), to = Math.min(s.text().length(), i + a.length() + 8);
                        StringBuilder b = new StringBuilder(a + " => ");
                        for (Token t : seg.segment(s.text())) {
                            if (t.end() > from && t.start() < to) {
                                b.append(t.word()).append('/').append(t.tag()).append(' ');
                            }
                        }
                        System.out.println(b);
                    }
                }
            }
        }
    }
}
