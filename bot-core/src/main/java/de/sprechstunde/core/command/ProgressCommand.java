package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.port.CardFigures;
import de.sprechstunde.core.port.LearnerProgress;
import de.sprechstunde.core.port.ProgressChart;
import de.sprechstunde.core.port.ProgressReport;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.ScoreSummary;
import de.sprechstunde.core.reminder.Streaks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /progress}: the learner's most frequent mistake categories with their trend (this week
 * against the week before), their pronunciation scores, cards, review accuracy and streak — as a
 * chart with this text as its caption where the platform shows pictures, as text in the console.
 */
public final class ProgressCommand implements Command {

    private static final int TOP_CATEGORIES = 5;
    static final int CHART_WEEKS = 8;

    private final ProgressStore progress;
    private final ProgressChart chart;
    private final CardFigures cards;
    private final Streaks streaks;
    private final Clock clock;

    public ProgressCommand(ProgressStore progress, ProgressChart chart, CardFigures cards, Streaks streaks, Clock clock) {
        this.progress = progress;
        this.chart = chart;
        this.cards = cards;
        this.streaks = streaks;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "progress";
    }

    @Override
    public String usage() {
        return "/progress";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("your progress", "dein Fortschritt");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        LearnerProgress p = progress.load(call.profile().id());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, Long> thisWeek = sumDays(p, today.minusDays(6), today);
        Map<String, Long> lastWeek = sumDays(p, today.minusDays(13), today.minusDays(7));
        Map<String, Long> total = sumDays(p, LocalDate.MIN, today);
        StringBuilder text = new StringBuilder(call.language().pick("📈 *Your progress* (level " + call.profile().level() + ")",
                "📈 *Dein Fortschritt* (Niveau " + call.profile().level() + ")"));
        if (total.isEmpty()) {
            text.append('\n').append(call.language().pick("No mistakes recorded yet — keep writing!", "Noch keine Fehler gezählt – schreib weiter!"));
        } else {
            text.append('\n').append(call.language().pick("Your most frequent mistakes (this week · week before · all):",
                    "Deine häufigsten Fehler (diese Woche · Vorwoche · insgesamt):"));
            total.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .limit(TOP_CATEGORIES)
                    .forEach(e -> text.append("\n• ").append(categoryLine(call, e.getKey(),
                            thisWeek.getOrDefault(e.getKey(), 0L), lastWeek.getOrDefault(e.getKey(), 0L), e.getValue())));
        }
        if (!p.drillBySound().isEmpty()) {
            text.append('\n').append(call.language().pick("Pronunciation by sound (average):", "Aussprache nach Laut (Durchschnitt):"));
            text.append(p.drillBySound().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(a.average(), b.average())))
                    .map(e -> "\n• " + e.getKey().toLowerCase().replace('_', ' ') + ": " + Math.round(e.getValue().average())
                            + " (" + e.getValue().attempts() + "×)")
                    .collect(Collectors.joining()));
            long phrases = p.drillByPhrase().size();
            double best = p.drillByPhrase().values().stream().mapToInt(ScoreSummary::best).max().orElse(0);
            text.append('\n').append(call.language().pick(phrases + " phrases practised, best score " + Math.round(best),
                    phrases + " Sätze geübt, beste Punktzahl " + Math.round(best)));
        }
        if (p.wordsPractised() > 0) {
            text.append('\n').append(call.language().pick("Words used: " + p.wordsPractised(), "Verwendete Wörter: " + p.wordsPractised()));
        }
        CardFigures.Summary cardSummary = cards.summary(call.profile().id(), clock.instant());
        text.append('\n').append(call.language().pick(
                "Cards learned: " + cardSummary.learned() + " · review accuracy: " + cardSummary.accuracyPercent() + " %",
                "Gelernte Karten: " + cardSummary.learned() + " · Trefferquote: " + cardSummary.accuracyPercent() + " %"));
        // the streak counts UTC days: /progress knows no time zone of its own
        int streak = streaks.days(call.profile().id(), clock.instant(), ZoneOffset.UTC);
        text.append('\n').append(call.language().pick("Streak: " + streak + (streak == 1 ? " day" : " days"),
                "Serie: " + streak + (streak == 1 ? " Tag" : " Tage")));
        Optional<byte[]> png = call.turn().message().platform() == Platform.CONSOLE ? Optional.empty()
                : chart.render(report(call, p, today, cardSummary, streak));
        if (png.isPresent()) {
            call.turn().sink().send(new Reply.Image(png.get(), "progress.png", text.toString()));
        } else {
            call.reply(text.toString());
        }
        return call.profile();
    }

    private static ProgressReport report(CommandCall call, LearnerProgress p, LocalDate today, CardFigures.Summary cards, int streak) {
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = CHART_WEEKS - 1; i >= 0; i--) {
            weeks.add(today.minusDays(6 + 7L * i));
        }
        Map<String, List<Long>> perWeek = new HashMap<>();
        p.mistakesByDay().forEach((day, counts) -> {
            int week = weeks.size() - 1 - (int) (ChronoUnit.DAYS.between(day, today) / 7);
            if (week >= 0 && week < weeks.size() && !day.isAfter(today)) {
                counts.forEach((category, count) -> {
                    List<Long> series = perWeek.computeIfAbsent(MistakeCategory.displayName(category, call.language()),
                            c -> new ArrayList<>(Collections.nCopies(weeks.size(), 0L)));
                    series.set(week, series.get(week) + count);
                });
            }
        });
        Map<String, Double> sounds = new HashMap<>();
        p.drillBySound().forEach((sound, score) -> sounds.put(sound.toLowerCase().replace('_', ' '), score.average()));
        return new ProgressReport(call.language(), weeks, perWeek, sounds, cards, streak);
    }

    private static String categoryLine(CommandCall call, String key, long now, long before, long all) {
        String trend = now < before ? call.language().pick("↘ fewer", "↘ weniger") : now > before ? call.language().pick("↗ more", "↗ mehr") : "→";
        return "*" + MistakeCategory.displayName(key, call.language()) + "*: " + now + " · " + before + " · " + all + " " + trend;
    }

    private static Map<String, Long> sumDays(LearnerProgress p, LocalDate from, LocalDate to) {
        Map<String, Long> sums = new HashMap<>();
        p.mistakesByDay().forEach((day, counts) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                counts.forEach((category, count) -> sums.merge(category, count, Long::sum));
            }
        });
        return sums;
    }
}
