package de.sprechstunde.core.reminder;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.DirectDelivery;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.DueCards;
import de.sprechstunde.core.port.LearnerStore;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.ReminderClaims;
import de.sprechstunde.core.port.ReminderSchedule;
import de.sprechstunde.core.port.ReminderStore;
import de.sprechstunde.core.tutor.UsageCounters;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the daily reminders, beside the message path. Each pass reads the schedules that are due,
 * and for each one: claims the occurrence (so of several instances exactly one goes on), decides
 * (too late, quiet hours, nothing due and no streak at risk → skip), sends through the learner's
 * platform, and moves the schedule on to the next day — whatever the outcome, so there is at most
 * one reminder a day. A blocked chat switches reminders off. Thread-safe; {@link #runOnce} never throws.
 */
public final class ReminderScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);
    static final int BATCH = 500;
    /** The reminder on the learner's Sunday carries the week's summary (and goes out even with nothing due). */
    static final DayOfWeek SUMMARY_DAY = DayOfWeek.SUNDAY;

    private final ReminderStore store;
    private final ReminderClaims claims;
    private final LearnerStore learners;
    private final ProgressStore progress;
    private final DueCards dueCards;
    private final Streaks streaks;
    private final Function<Platform, Optional<ChatPlatform>> platforms;
    private final ReminderSettings settings;
    private final ReminderTexts texts = new ReminderTexts();
    private final DailyCounters daily;
    private final BotMetrics metrics;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public ReminderScheduler(ReminderStore store, ReminderClaims claims, LearnerStore learners, ProgressStore progress,
                             DueCards dueCards, Streaks streaks,
                             Function<Platform, Optional<ChatPlatform>> platforms,
                             ReminderSettings settings, DailyCounters daily, BotMetrics metrics, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.learners = learners;
        this.progress = progress;
        this.dueCards = dueCards;
        this.streaks = streaks;
        this.platforms = platforms;
        this.settings = settings;
        this.daily = daily;
        this.metrics = metrics;
        this.clock = clock;
    }

    public ReminderSettings settings() {
        return settings;
    }

    /** Starts the periodic pass on a thread of its own; {@link #close} stops it. */
    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("reminders"));
            long every = settings.checkEvery().toMillis();
            timer.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** One pass over the due schedules; returns how many reminders were delivered. */
    public int runOnce() {
        Instant now = clock.instant();
        int sent = 0;
        try {
            for (ReminderSchedule schedule : store.dueBy(now, BATCH)) {
                try {
                    if (handle(schedule, now)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    log.warn("reminder for {} not handled: {}", schedule.learner().platform().key(), e.toString());
                    metrics.reminder("failed");
                }
            }
        } catch (RuntimeException e) {
            log.warn("could not read the reminder schedule: {}", e.toString());
        }
        return sent;
    }

    private boolean handle(ReminderSchedule schedule, Instant now) {
        Optional<ChatPlatform> platform = platforms.apply(schedule.learner().platform());
        if (platform.isEmpty()) {
            // not connected (yet): leave it for the pass after the platform connects
            return false;
        }
        Instant due = schedule.next().orElseThrow();
        LocalTime at = schedule.at().orElseThrow();
        ReminderSchedule moved = new ReminderSchedule(schedule.learner(), schedule.zone(), schedule.at(),
                Optional.of(ReminderTimes.nextAfter(now, at, schedule.zone())));
        if (!claims.claim(schedule.learner(), due)) {
            if (Duration.between(due, now).compareTo(settings.lateBy()) > 0) {
                // the instance that claimed it never moved it on (it stopped): move it on here
                store.save(moved);
            }
            metrics.reminder("claimed_elsewhere");
            return false;
        }
        Optional<LearnerProfile> learner = learners.find(schedule.learner());
        if (learner.isEmpty()) {
            store.delete(schedule.learner());
            return false;
        }
        Optional<String> skip = reasonToSkip(schedule, due, now);
        if (skip.isPresent()) {
            log.info("reminder skipped: {}", skip.get());
            metrics.reminder("skipped");
            store.save(moved);
            return false;
        }
        int cards = dueCards.dueCount(schedule.learner(), now);
        int streak = streaks.days(schedule.learner(), now, schedule.zone());
        boolean atRisk = streaks.atRisk(schedule.learner(), now, schedule.zone());
        Optional<WeeklySummary> weekly = now.atZone(schedule.zone()).getDayOfWeek() == SUMMARY_DAY
                ? Optional.of(WeeklySummary.of(progress.load(schedule.learner()), now.atZone(schedule.zone()).toLocalDate(), streak))
                : Optional.empty();
        if (cards == 0 && !atRisk && weekly.isEmpty()) {
            log.info("reminder skipped: nothing due and no streak at risk");
            metrics.reminder("skipped");
            store.save(moved);
            return false;
        }
        DirectDelivery delivery = platform.get().sendDirect(schedule.learner(),
                texts.reminder(cards, atRisk ? streak : 0, weekly, learner.get().explanations()));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        switch (delivery) {
            case DELIVERED -> {
                metrics.reminder("sent");
                daily.increment(UsageCounters.REMINDERS_SENT, today);
                store.save(moved);
            }
            case BLOCKED -> {
                log.info("reminders switched off: the {} chat refuses messages", schedule.learner().platform().key());
                metrics.reminder("blocked");
                daily.increment(UsageCounters.REMINDERS_FAILED, today);
                store.save(ReminderSchedule.off(schedule.learner(), schedule.zone()));
            }
            case FAILED, UNSUPPORTED -> {
                metrics.reminder("failed");
                daily.increment(UsageCounters.REMINDERS_FAILED, today);
                store.save(moved);
            }
        }
        return delivery == DirectDelivery.DELIVERED;
    }

    private Optional<String> reasonToSkip(ReminderSchedule schedule, Instant due, Instant now) {
        if (Duration.between(due, now).compareTo(settings.lateBy()) > 0) {
            return Optional.of("found " + Duration.between(due, now).toMinutes() + " min late");
        }
        LocalTime local = now.atZone(schedule.zone()).toLocalTime();
        boolean chosenQuiet = settings.quiet().contains(schedule.at().orElseThrow());
        if (settings.quiet().contains(local) && !chosenQuiet) {
            return Optional.of("quiet hours");
        }
        return Optional.empty();
    }
}
