package de.sprechstunde.core.scenario;

import java.util.Objects;

/**
 * A role-play the learner can practise.
 *
 * @param id          the name used in {@code /mode scenario <id>}, e.g. {@code baeckerei}
 * @param title       the German title, e.g. "In der Bäckerei"
 * @param tutorRole   who the tutor plays, in German, e.g. "Verkäuferin in einer Bäckerei"
 * @param learnerGoal what the learner should achieve, in English
 * @param openingLine the tutor's first line, in German
 * @param turns       after how many learner turns the tutor gives feedback
 */
public record Scenario(String id, String title, String tutorRole, String learnerGoal, String openingLine, int turns) {
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(tutorRole, "tutorRole");
        Objects.requireNonNull(learnerGoal, "learnerGoal");
        Objects.requireNonNull(openingLine, "openingLine");
        if (turns < 1) {
            throw new IllegalArgumentException("a scenario needs at least one turn");
        }
    }
}
