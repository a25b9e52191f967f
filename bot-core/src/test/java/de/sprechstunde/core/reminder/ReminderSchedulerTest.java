package de.sprechstunde.core.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learner.Turn;
import de.sprechstunde.core.memory.InMemoryConversationStore;
import de.sprechstunde.core.memory.InMemoryLearnerStore;
import de.sprechstunde.core.memory.InMemoryProgressStore;
import de.sprechstunde.core.memory.InMemoryReminderClaims;
import de.sprechstunde.core.memory.InMemoryReminderStore;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.DirectDelivery;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ProgressEvent;
import de.sprechstunde.core.port.ReminderSchedule;
import de.sprechstunde.core.testing.FakeChatPlatform;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders with a clock moved by hand: at the chosen local time, once a day, across a restart, in
 * two time zones, never in quiet hours unless chosen, only when something is due, off when blocked.
 */
class ReminderSchedulerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    // Friday 27 November 2026, 17:00 in Berlin
    private final MutableClock clock = MutableClock.startingAt("2026-11-27T16:00:00Z");
    private final InMemoryLearnerStore learners = new InMemoryLearnerStore();
    private final InMemoryConversationStore conversations = new InMemoryConversationStore(50);
    private final InMemoryProgressStore progress = new InMemoryProgressStore();
    // the durable parts: they outlive a bot
    private final InMemoryReminderStore schedules = new InMemoryReminderStore();
    private final InMemoryReminderClaims claims = new InMemoryReminderClaims();
    private final AtomicInteger due = new AtomicInteger(3);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM);
    private final Messages lena = Messages.lena();
    private final Messages jonas = new Messages(Platform.TELEGRAM, "5151");
    private TutorBot bot = newBot();

    private TutorBot newBot() {
        TutorBot started = new TutorBotBuilder(new ScriptedChatModel()).clock(clock).learners(learners).conversations(conversations)
                .progress(progress)
                .reminderStore(schedules).reminderClaims(claims).dueCards((learner, now) -> due.get()).meterRegistry(meters)
                // the periodic pass is driven by hand here
                .reminders(ReminderSettings.defaults().withCheckEvery(Duration.ofDays(1))).build();
        started.connect(telegram).join();
        return started;
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private String send(Messages who, String text) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(who.text(text), sink).join();
        return sink.lastText();
    }

    private void setClock(String localDateTime, ZoneId zone) {
        Instant target = ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), zone).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private List<LearnerId> remindedNow() {
        int before = telegram.direct().size();
        bot.reminders().runOnce();
        return telegram.direct().subList(before, telegram.direct().size()).stream().map(FakeChatPlatform.Direct::learner).toList();
    }

    @Test
    void aReminderArrivesOnceAtNineteenBerlinTimeWithAStartReviewButton() {
        String reply = send(lena, "/remind 19:00");
        assertTrue(reply.contains("every day at *19:00* (Europe/Berlin)"), reply);

        setClock("2026-11-27T18:59", BERLIN);
        assertEquals(List.of(), remindedNow());
        setClock("2026-11-27T19:00", BERLIN);
        assertEquals(List.of(lena.learner()), remindedNow());
        assertEquals(List.of(), remindedNow());
        setClock("2026-11-27T21:00", BERLIN);
        assertEquals(List.of(), remindedNow());

        Reply.Text reminder = (Reply.Text) telegram.direct().get(0).replies().get(0);
        assertTrue(reminder.text().contains("3 cards are due"), reminder.text());
        assertEquals(List.of(new Choice("▶️ Start review", "/review")), reminder.choices());
        assertEquals(1.0, meters.get("bot.reminders").tag("outcome", "sent").counter().count());
    }

    @Test
    void theScheduleSurvivesARestartAndTheNextDayBringsTheNextReminder() {
        send(lena, "/remind 19:00");
        setClock("2026-11-27T19:00", BERLIN);
        assertEquals(1, remindedNow().size());
        bot.close();

        bot = newBot();
        assertEquals(List.of(), remindedNow());
        setClock("2026-11-28T18:30", BERLIN);
        assertEquals(List.of(), remindedNow());
        setClock("2026-11-28T19:00", BERLIN);
        assertEquals(List.of(lena.learner()), remindedNow());
    }

    @Test
    void twoTimeZonesEachGetTheirOwnNineteenHundred() {
        send(lena, "/remind 19:00");
        String zone = send(jonas, "/timezone america/new_york");
        assertTrue(zone.contains("*America/New_York*"), zone);
        send(jonas, "/remind 19:00");

        setClock("2026-11-27T19:00", BERLIN);
        assertEquals(List.of(lena.learner()), remindedNow());
        setClock("2026-11-27T18:59", NEW_YORK);
        assertEquals(List.of(), remindedNow());
        setClock("2026-11-27T19:00", NEW_YORK);
        assertEquals(List.of(jonas.learner()), remindedNow());
    }

    @Test
    void aZoneChangedLaterKeepsTheLocalTime() {
        send(lena, "/remind 19:00");
        String moved = send(lena, "/timezone America/New_York");

        assertTrue(moved.contains("stays at 19:00"), moved);
        setClock("2026-11-27T19:00", BERLIN);
        assertEquals(List.of(), remindedNow());
        setClock("2026-11-27T19:00", NEW_YORK);
        assertEquals(List.of(lena.learner()), remindedNow());
    }

    @Test
    void noReminderInQuietHoursUnlessTheLearnerChoseThatTime() {
        send(lena, "/remind 20:00");
        // the bot was down from 19:55 to 22:15: the reminder is found late, inside the quiet hours
        setClock("2026-11-27T22:15", BERLIN);
        assertEquals(List.of(), remindedNow());
        setClock("2026-11-28T20:00", BERLIN);
        assertEquals(List.of(lena.learner()), remindedNow());

        String chosen = send(jonas, "/remind 23:30");
        assertTrue(chosen.contains("inside the quiet hours (22:00–08:00), but you chose it"), chosen);
        setClock("2026-11-28T23:30", BERLIN);
        assertEquals(List.of(jonas.learner()), remindedNow());
    }

    @Test
    void aReminderFoundHoursLateIsSkippedForTheDay() {
        send(lena, "/remind 08:00");
        setClock("2026-11-28T11:30", BERLIN);

        assertEquals(List.of(), remindedNow());
        assertEquals(List.of(), remindedNow());
        setClock("2026-11-29T08:00", BERLIN);
        assertEquals(List.of(lena.learner()), remindedNow());
    }

    @Test
    void nothingDueAndNoStreakAtRiskMeansNoReminderButAStreakAtRiskDoes() {
        due.set(0);
        send(lena, "/remind 19:00");
        setClock("2026-11-27T19:00", BERLIN);
        assertEquals(List.of(), remindedNow());

        // practised on Friday, nothing yet on Saturday: the streak ends tonight
        conversations.append(lena.learner(), Turn.learner("Hallo!", clock.instant()));
        setClock("2026-11-28T19:00", BERLIN);
        assertEquals(List.of(lena.learner()), remindedNow());
        String text = ((Reply.Text) telegram.direct().get(0).replies().get(0)).text();
        assertTrue(text.contains("Keep your 1-day streak"), text);
        assertFalse(text.contains("cards are due"), text);
    }

    @Test
    void theSundayReminderCarriesTheWeeklySummaryEvenWithNothingDue() {
        due.set(0);
        send(lena, "/remind 19:00");
        progress.record(lena.learner(), new ProgressEvent.Mistake("word-order", clock.instant()));
        progress.record(lena.learner(), new ProgressEvent.Mistake("word-order", clock.instant()));
        progress.record(lena.learner(), new ProgressEvent.Mistake("article", clock.instant().minus(Duration.ofDays(9))));

        setClock("2026-11-28T19:00", BERLIN);
        assertEquals(List.of(), remindedNow());
        // Sunday 29 November
        setClock("2026-11-29T19:00", BERLIN);
        assertEquals(List.of(lena.learner()), remindedNow());

        String text = ((Reply.Text) telegram.direct().get(0).replies().get(0)).text();
        assertTrue(text.contains("📊 Your week: 2 mistakes (week before: 1), most often word order"), text);
    }

    @Test
    void aBlockedChatSwitchesRemindersOff() {
        send(lena, "/remind 19:00");
        telegram.directOutcome(DirectDelivery.BLOCKED);
        setClock("2026-11-27T19:00", BERLIN);
        bot.reminders().runOnce();

        assertFalse(schedules.find(lena.learner()).orElseThrow().on());
        assertEquals(1.0, meters.get("bot.reminders").tag("outcome", "blocked").counter().count());
        setClock("2026-11-28T19:00", BERLIN);
        telegram.directOutcome(DirectDelivery.DELIVERED);
        assertEquals(List.of(), remindedNow());
    }

    @Test
    void offStopsRemindersAndForgetDeletesTheSchedule() {
        send(lena, "/remind 19:00");
        assertTrue(send(lena, "/remind off").startsWith("Reminders are off"));
        setClock("2026-11-27T19:00", BERLIN);
        assertEquals(List.of(), remindedNow());

        send(lena, "/remind 20:00");
        send(lena, "/forget confirm");
        assertEquals(java.util.Optional.empty(), schedules.find(lena.learner()));
    }

    @Test
    void badTimesAndZonesGetAFriendlyExplanationAndChangeNothing() {
        String late = send(lena, "/remind 25:99");
        String tomorrow = send(lena, "/remind tomorrow");
        String mars = send(lena, "/timezone Mars/Olympus");
        String offset = send(lena, "/timezone +02:00");

        assertTrue(late.contains("\"25:99\" isn't a time of day I can use") && late.contains("/remind 19:00"), late);
        assertTrue(tomorrow.contains("\"tomorrow\" isn't a time of day") && tomorrow.contains("once a day"), tomorrow);
        assertTrue(mars.contains("\"Mars/Olympus\" isn't a time zone I know") && mars.contains("Europe/Berlin"), mars);
        assertTrue(offset.contains("isn't a time zone I know"), offset);
        assertEquals(java.util.Optional.empty(), schedules.find(lena.learner()));
        assertTrue(send(lena, "/remind").contains("Reminders are off"));
    }

    @Test
    void theConsoleSaysRemindersNeedAChatPlatform() {
        String reply = send(new Messages(Platform.CONSOLE, "local"), "/remind 19:00");

        assertTrue(reply.contains("Telegram or Discord"), reply);
        assertEquals(List.of(), schedules.dueBy(clock.instant().plus(Duration.ofDays(2)), 10));
    }

    @Test
    void anotherInstanceWithTheSameClaimsSendsNothingTwice() {
        send(lena, "/remind 19:00");
        FakeChatPlatform secondTelegram = new FakeChatPlatform(Platform.TELEGRAM);
        try (TutorBot second = new TutorBotBuilder(new ScriptedChatModel()).clock(clock).learners(learners)
                .conversations(conversations).reminderStore(schedules).reminderClaims(claims).dueCards((l, n) -> 1)
                .reminders(ReminderSettings.defaults().withCheckEvery(Duration.ofDays(1))).build()) {
            second.connect(secondTelegram).join();
            setClock("2026-11-27T19:00", BERLIN);

            // both instances read the schedule before either moved it on
            ReminderSchedule read = schedules.find(lena.learner()).orElseThrow();
            second.reminders().runOnce();
            schedules.save(read);
            bot.reminders().runOnce();

            assertEquals(1, telegram.direct().size() + secondTelegram.direct().size());
        }
    }
}
