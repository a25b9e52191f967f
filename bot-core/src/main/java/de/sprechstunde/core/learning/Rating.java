package de.sprechstunde.core.learning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How well a learner recalled a card, FSRS's four grades. The keys are stored and used as metric tags. */
public enum Rating {
    AGAIN(1, "again", "Again", "Nochmal"),
    HARD(2, "hard", "Hard", "Schwer"),
    GOOD(3, "good", "Good", "Gut"),
    EASY(4, "easy", "Easy", "Leicht");

    private final int grade;
    private final String key;
    private final String english;
    private final String german;

    Rating(int grade, String key, String english, String german) {
        this.grade = grade;
        this.key = key;
        this.english = english;
        this.german = german;
    }

    /** FSRS's grade, 1 (again) to 4 (easy). */
    public int grade() {
        return grade;
    }

    public String key() {
        return key;
    }

    public String english() {
        return english;
    }

    public String german() {
        return german;
    }

    /** Whether the learner remembered it (Good or Easy), what retention counts. */
    public boolean retained() {
        return this == GOOD || this == EASY;
    }

    /** Reads a key, an English or German label, or a grade 1–4, ignoring case. */
    public static Optional<Rating> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.key.equals(t) || r.german.toLowerCase(Locale.ROOT).equals(t)
                || String.valueOf(r.grade).equals(t)).findFirst();
    }
}
