package org.govreportkg.extract;

/** A filtered candidate with the sentence it was found in. */
record Found(Candidate candidate, Sentence sentence) {
    int start() {
        return sentence.start() + candidate.start();
    }

    int end() {
        return sentence.start() + candidate.end();
    }
}
