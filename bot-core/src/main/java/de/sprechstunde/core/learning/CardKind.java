package de.sprechstunde.core.learning;

import java.util.Arrays;
import java.util.Optional;

/** Where a card comes from and so how it is asked. The keys are stored: never rename one. */
public enum CardKind {
    /** The learner's own corrected sentence with the fixed word blanked. */
    CLOZE("cloze"),
    /** A noun to give with its article and plural. */
    NOUN("noun"),
    /** An irregular verb to give with its auxiliary and participle. */
    VERB("verb"),
    /** A drill phrase pronounced poorly, with its weakest word blanked. */
    PHRASE("phrase"),
    /** A word the learner added themselves, asked from its first and last letter. */
    WORD("word");

    private final String key;

    CardKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<CardKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
