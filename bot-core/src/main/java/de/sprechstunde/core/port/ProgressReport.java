package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.ExplanationLanguage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@code /progress} chart shows.
 *
 * @param language        the language of titles and labels
 * @param weeks           the first day of each week shown, oldest first (8 weeks)
 * @param mistakesPerWeek per category display name, the mistakes in each of {@code weeks}
 * @param soundScores     per sound, the average drill score 0–100
 * @param cards           cards learned and review accuracy
 * @param streakDays      days in a row with practice
 */
public record ProgressReport(ExplanationLanguage language, List<LocalDate> weeks, Map<String, List<Long>> mistakesPerWeek,
                             Map<String, Double> soundScores, CardFigures.Summary cards, int streakDays) {

    public ProgressReport {
        Objects.requireNonNull(language, "language");
        weeks = List.copyOf(weeks);
        mistakesPerWeek = Map.copyOf(mistakesPerWeek);
        soundScores = Map.copyOf(soundScores);
        Objects.requireNonNull(cards, "cards");
        for (List<Long> counts : mistakesPerWeek.values()) {
            if (counts.size() != weeks.size()) {
                throw new IllegalArgumentException("one count per week");
            }
        }
    }
}
