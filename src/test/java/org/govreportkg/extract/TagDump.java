package org.govreportkg.extract;

/** Dev aid, run by hand: prints every token whose tag starts with the first argument, with its doc. */
public final class TagDump {
    public static void main(String[] args) {
        Segmenter seg = new Segmenter();
        TokenRefiner refiner = new TokenRefiner();
        for (String doc : DevCorpus.ALL_DOCS) {
            String text = DevCorpus.load(doc).text();
            for (Sentence s : new SentenceSplitter().split(text, new ScriptNormaliser().normalise(text))) {
                var tokens = refiner.refine(seg.segment(s.text()));
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (t.tag().startsWith(args[0])) {
                        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
                        System.out.println(doc + "\t" + t.word() + "/" + t.tag() + "\t" + next);
                    }
                }
            }
        }
    }
}
