package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.learning.Reviews;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.LearnerStore;
import de.sprechstunde.core.tutor.UsageCounters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;

/**
 * {@code /stats} (admins): learners; messages, voice notes, grammar checks and card reviews over the
 * last week; review retention (share of Good/Easy) and the due backlog.
 */
public final class StatsCommand implements Command {

    private static final int DAYS = 7;

    private final LearnerStore learners;
    private final DailyCounters daily;
    private final CardStore cards;
    private final Clock clock;

    public StatsCommand(LearnerStore learners, DailyCounters daily, CardStore cards, Clock clock) {
        this.learners = learners;
        this.daily = daily;
        this.cards = cards;
        this.clock = clock;
    }

    private String backlog() {
        try {
            return String.valueOf(cards.dueBacklog(clock.instant()));
        } catch (RuntimeException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String usage() {
        return "/stats";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("usage statistics (admin)", "Nutzungsstatistik (Admin)");
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        StringBuilder text = new StringBuilder("📊 *Stats* — learners: ").append(learners.count())
                .append("\nLast ").append(DAYS).append(" days (oldest → today):");
        for (String counter : List.of(UsageCounters.MESSAGES, UsageCounters.VOICE_NOTES, UsageCounters.GRAMMAR_CHECKS,
                UsageCounters.PLACEMENT_TESTS, UsageCounters.REMINDERS_SENT, UsageCounters.REMINDERS_FAILED)) {
            SortedMap<LocalDate, Long> days = daily.lastDays(counter, today, DAYS);
            long sum = days.values().stream().mapToLong(Long::longValue).sum();
            text.append("\n• ").append(counter.replace('_', ' ')).append(": ").append(sum).append(" — ")
                    .append(String.join(" ", days.values().stream().map(String::valueOf).toList()));
        }
        SortedMap<LocalDate, Long> reviews = daily.lastDays(Reviews.DAILY_REVIEWS, today, DAYS);
        long reviewed = reviews.values().stream().mapToLong(Long::longValue).sum();
        long retained = daily.lastDays(Reviews.DAILY_RETAINED, today, DAYS).values().stream().mapToLong(Long::longValue).sum();
        text.append("\n• reviews: ").append(reviewed).append(" — ")
                .append(String.join(" ", reviews.values().stream().map(String::valueOf).toList()))
                .append("\n• retention (Good/Easy): ").append(reviewed == 0 ? "—" : Math.round(100.0 * retained / reviewed) + "%")
                .append("\n• due backlog: ").append(backlog()).append(" cards");
        call.replyPrivately(text.toString());
        return call.profile();
    }
}
