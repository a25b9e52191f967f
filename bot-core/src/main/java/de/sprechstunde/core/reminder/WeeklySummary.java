package de.sprechstunde.core.reminder;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.core.port.LearnerProgress;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The week in one line, for the Sunday reminder: mistakes in the last 7 days against the 7 before,
 * the most frequent category, the streak.
 *
 * @param mistakes   mistakes in the last 7 days (UTC days, as the progress store counts them)
 * @param weekBefore mistakes in the 7 days before
 * @param most       the most frequent category this week, if any
 * @param streak     days in a row with practice
 */
record WeeklySummary(long mistakes, long weekBefore, Optional<String> most, int streak) {

    static WeeklySummary of(LearnerProgress progress, LocalDate today, int streak) {
        Map<String, Long> week = new HashMap<>();
        long before = 0;
        for (Map.Entry<LocalDate, Map<String, Long>> day : progress.mistakesByDay().entrySet()) {
            long back = today.toEpochDay() - day.getKey().toEpochDay();
            if (back >= 0 && back < 7) {
                day.getValue().forEach((category, count) -> week.merge(category, count, Long::sum));
            } else if (back >= 7 && back < 14) {
                before += day.getValue().values().stream().mapToLong(Long::longValue).sum();
            }
        }
        Optional<String> most = week.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey((a, b) -> b.compareTo(a))))
                .map(Map.Entry::getKey);
        return new WeeklySummary(week.values().stream().mapToLong(Long::longValue).sum(), before, most, streak);
    }

    String describe(ExplanationLanguage l) {
        String top = most.map(category -> l.pick(", most often " + MistakeCategory.displayName(category, l),
                ", am häufigsten " + MistakeCategory.displayName(category, l))).orElse("");
        return l.pick("📊 Your week: " + mistakes + " mistakes (week before: " + weekBefore + ")" + top + "; streak " + streak
                        + (streak == 1 ? " day" : " days") + ". /progress shows the chart.",
                "📊 Deine Woche: " + mistakes + " Fehler (Vorwoche: " + weekBefore + ")" + top + "; Serie " + streak
                        + (streak == 1 ? " Tag" : " Tage") + ". /progress zeigt das Diagramm.");
    }
}
