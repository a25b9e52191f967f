package de.sprechstunde.core.learning;

import java.util.Objects;

/** A word worth a card, as the dictionary knows it. */
public sealed interface WordEntry {

    /** The dictionary form: a noun's singular, a verb's infinitive. */
    String lemma();

    /** The word as it stood in the text, e.g. Bahnhöfe, ging. */
    String form();

    /** A noun with its article and plural, e.g. der Bahnhof, die Bahnhöfe; an empty plural when it has none. */
    record Noun(String lemma, String form, String article, String plural) implements WordEntry {
        public Noun {
            Objects.requireNonNull(lemma, "lemma");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(plural, "plural");
        }
    }

    /** An irregular (strong or mixed) verb with its perfect: gehen → ist gegangen. */
    record IrregularVerb(String lemma, String form, String auxiliary, String participle) implements WordEntry {
        public IrregularVerb {
            Objects.requireNonNull(lemma, "lemma");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(auxiliary, "auxiliary");
            Objects.requireNonNull(participle, "participle");
        }
    }
}
