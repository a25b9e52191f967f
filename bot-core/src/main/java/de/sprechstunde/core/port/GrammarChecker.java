package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.CefrLevel;
import java.util.List;

/**
 * Deterministic checks of a learner's German (LanguageTool plus the project's learner rules).
 *
 * <p>Thread-safe. Never throws: a checker that is off, still warming up or failing returns an
 * empty list, so conversation works without it.
 */
public interface GrammarChecker {

    /** Mistakes in {@code text}, in order of position. */
    List<Correction> check(String text, CefrLevel level);

    /**
     * Whether checks run deterministically right now. False while warming up or when switched off:
     * then the tutor lets the model correct instead.
     */
    default boolean ready() {
        return true;
    }

    /** Grammar checking switched off: never ready, finds nothing. */
    GrammarChecker NONE = new GrammarChecker() {
        @Override
        public List<Correction> check(String text, CefrLevel level) {
            return List.of();
        }

        @Override
        public boolean ready() {
            return false;
        }
    };
}
