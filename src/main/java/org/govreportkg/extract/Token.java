package org.govreportkg.extract;

/** A segmenter word with its part-of-speech tag and [start,end) offsets within its sentence. */
record Token(String word, String tag, int start) {
    int end() {
        return start + word.length();
    }
}
