package de.sprechstunde.core.learner;

import java.util.Locale;

/** The chat platforms a learner can reach the tutor on. */
public enum Platform {
    TELEGRAM,
    DISCORD,
    CONSOLE;

    /** The lowercase name used in identities, logs and metric tags, e.g. {@code telegram}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code telegram}, {@code discord} or {@code console}, case-insensitively. */
    public static Platform fromKey(String key) {
        for (Platform platform : values()) {
            if (platform.key().equalsIgnoreCase(key.trim())) {
                return platform;
            }
        }
        throw new IllegalArgumentException("unknown platform '" + key + "' (expected telegram, discord or console)");
    }
}
