package de.sprechstunde.grammar.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * The grammatical person and number of a subject, as far as the finite verb must agree with it.
 * {@code sie} and {@code Sie} may be singular or plural, so they accept both.
 */
enum Person {
    FIRST_SINGULAR, SECOND_SINGULAR, THIRD_SINGULAR, FIRST_PLURAL, SECOND_PLURAL, THIRD_PLURAL, THIRD_ANY;

    boolean agreesWith(int person, boolean plural) {
        return switch (this) {
            case FIRST_SINGULAR -> person == 1 && !plural;
            case SECOND_SINGULAR -> person == 2 && !plural;
            case THIRD_SINGULAR -> person == 3 && !plural;
            case FIRST_PLURAL -> person == 1 && plural;
            case SECOND_PLURAL -> person == 2 && plural;
            case THIRD_PLURAL -> person == 3 && plural;
            case THIRD_ANY -> person == 3;
        };
    }

    /** The person of a nominative personal pronoun ({@code man} counts as third singular). */
    static Optional<Person> ofPronoun(String word) {
        return Optional.ofNullable(switch (word.toLowerCase(Locale.ROOT)) {
            case "ich" -> FIRST_SINGULAR;
            case "du" -> SECOND_SINGULAR;
            case "er", "es", "man" -> THIRD_SINGULAR;
            case "wir" -> FIRST_PLURAL;
            case "ihr" -> SECOND_PLURAL;
            case "sie" -> THIRD_ANY;
            default -> null;
        });
    }
}
