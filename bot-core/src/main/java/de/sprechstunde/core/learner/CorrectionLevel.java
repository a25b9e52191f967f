package de.sprechstunde.core.learner;

import java.util.Locale;
import java.util.Optional;

/** How much correcting a learner wants. */
public enum CorrectionLevel {
    /** No corrections at all: pure conversation. */
    OFF,
    /** Only the most important mistake, briefly. */
    LIGHT,
    /** Every detected mistake with its explanation. */
    FULL;

    public static Optional<CorrectionLevel> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
