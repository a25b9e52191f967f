package de.sprechstunde.core.learner;

import java.util.Arrays;
import java.util.Optional;

/**
 * The bounded set of mistake categories a correction belongs to. The keys are stable: they are
 * stored in learners' progress and used as metric tags, so never rename one.
 */
public enum MistakeCategory {
    WORD_ORDER("word-order", "word order", "Wortstellung"),
    CASE("case", "case", "Kasus"),
    GENDER("gender", "article / gender", "Artikel / Genus"),
    ADJECTIVE_ENDING("adjective-ending", "adjective endings", "Adjektivendungen"),
    PARTICIPLE("participle", "participles", "Partizipien"),
    AUXILIARY("auxiliary", "haben or sein", "haben oder sein"),
    COMPARISON("comparison", "comparisons", "Vergleiche"),
    PLURAL("plural", "plurals", "Plural"),
    AGREEMENT("agreement", "subject–verb agreement", "Subjekt-Verb-Kongruenz"),
    SPELLING("spelling", "spelling", "Rechtschreibung"),
    OTHER("other", "other", "Sonstiges");

    private final String key;
    private final String english;
    private final String german;

    MistakeCategory(String key, String english, String german) {
        this.key = key;
        this.english = english;
        this.german = german;
    }

    /** The stable key, e.g. {@code word-order}. */
    public String key() {
        return key;
    }

    /** A readable name for learners, e.g. "word order" / "Wortstellung". */
    public String displayName(ExplanationLanguage language) {
        return language.pick(english, german);
    }

    public static Optional<MistakeCategory> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    /** The readable name for a stored key; an unknown key (from an older version) is shown as is. */
    public static String displayName(String key, ExplanationLanguage language) {
        return fromKey(key).map(c -> c.displayName(language)).orElse(key);
    }
}
