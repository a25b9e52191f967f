package de.sprechstunde.core.learner;

import java.util.Objects;

/** A learner as one platform knows them: platform plus the platform's user id. */
public record LearnerId(Platform platform, String userId) {
    public LearnerId {
        Objects.requireNonNull(platform, "platform");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
    }

    /** Parses {@code telegram:123}. */
    public static LearnerId parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected platform:id, got '" + text + "'");
        }
        return new LearnerId(Platform.fromKey(text.substring(0, colon)), text.substring(colon + 1).trim());
    }

    /** The form {@code telegram:123}, used as a storage key. */
    public String asString() {
        return platform.key() + ":" + userId;
    }

    @Override
    public String toString() {
        return asString();
    }
}
