package de.sprechstunde.core.port;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What a learner has achieved and where they struggle.
 *
 * @param mistakesByDay  per day (UTC), mistakes per category; bounded to recent days
 * @param drillByPhrase  scores per practised phrase id
 * @param drillBySound   scores per trained sound
 * @param wordsPractised how many distinct German words the learner has used
 */
public record LearnerProgress(
        Map<LocalDate, Map<String, Long>> mistakesByDay,
        Map<String, ScoreSummary> drillByPhrase,
        Map<String, ScoreSummary> drillBySound,
        long wordsPractised) {

    public static final LearnerProgress EMPTY = new LearnerProgress(Map.of(), Map.of(), Map.of(), 0);

    public LearnerProgress {
        Objects.requireNonNull(mistakesByDay, "mistakesByDay");
        mistakesByDay = Map.copyOf(mistakesByDay);
        drillByPhrase = Map.copyOf(drillByPhrase);
        drillBySound = Map.copyOf(drillBySound);
    }
}
