package de.sprechstunde.core.learner;

import java.util.Locale;
import java.util.Optional;

/** The language grammar explanations and help texts are written in. */
public enum ExplanationLanguage {
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch");

    private final String code;
    private final String displayName;

    ExplanationLanguage(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** The text in this language: every fixed text the tutor says is chosen this one way. */
    public String pick(String english, String german) {
        return this == GERMAN ? german : english;
    }

    /** Accepts {@code en}, {@code english}, {@code de}, {@code deutsch}, {@code german}. */
    public static Optional<ExplanationLanguage> parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "en", "english", "englisch" -> Optional.of(ENGLISH);
            case "de", "german", "deutsch" -> Optional.of(GERMAN);
            default -> Optional.empty();
        };
    }
}
