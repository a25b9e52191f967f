package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.learning.CardScheduler;
import de.sprechstunde.core.learning.Fsrs;
import de.sprechstunde.core.learning.FsrsParameters;
import de.sprechstunde.core.learning.Rating;
import de.sprechstunde.core.learning.Schedule;
import de.sprechstunde.core.memory.InMemoryCardStore;
import de.sprechstunde.core.memory.InMemoryReminderStore;
import de.sprechstunde.core.reminder.ReminderSettings;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.ScriptedGrammarChecker;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The learning loop end to end through the fake Bot API: three mistakes make three cards; the
 * reminder comes once at 19:00 Berlin time because they are due; the next day /review asks them;
 * answers and rating buttons reschedule them as FSRS says; a button pressed twice changes nothing;
 * /progress is a PNG; /forget leaves no card and no reminder.
 */
class ReviewLoopTest {

    private static final long LENA = 4242;
    private static final LearnerId LENA_ID = new LearnerId(Platform.TELEGRAM, "4242");
    private static final String[] SENTENCES = {
            "Gestern habe ich ins Kino gegangen.", "Ich fahre mit der Bus.", "Das ist ein schöne Tag."};

    private final MutableClock clock = MutableClock.startingAt("2026-12-01T10:00:00Z");
    private final InMemoryCardStore cards = new InMemoryCardStore();
    private final InMemoryReminderStore schedules = new InMemoryReminderStore();
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private final AtomicInteger callbackIds = new AtomicInteger();
    private TelegramHarness harness;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void threeMistakesBecomeThreeCardsThatAreReviewedAndRescheduledTheNextDay() throws Exception {
        ScriptedGrammarChecker grammar = new ScriptedGrammarChecker()
                .finds(SENTENCES[0], ScriptedGrammarChecker.rule(SENTENCES[0], "habe", "bin", "auxiliary"))
                .finds(SENTENCES[1], ScriptedGrammarChecker.rule(SENTENCES[1], "der", "dem", "case"))
                .finds(SENTENCES[2], ScriptedGrammarChecker.rule(SENTENCES[2], "schöne", "schöner", "adjective-ending"));
        harness = new TelegramHarness();
        harness.model.defaultAnswer("Schön! Erzähl mir mehr.");
        harness.start(core -> core.clock(clock).grammar(grammar).cardStore(cards).reminderStore(schedules)
                // the test runs the reminder pass itself, at the times it sets
                .reminders(ReminderSettings.defaults().withCheckEvery(Duration.ofDays(1)))
                .progressChart(report -> LearningLoopTelegramTest.tinyChart()), harness.settings(), Set.of());
        say("/timezone Europe/Berlin");
        reply("Europe/Berlin");
        say("/remind 19:00");
        reply("19:00");

        for (String sentence : SENTENCES) {
            int before = harness.telegram.chats().texts(LENA).size();
            say(sentence);
            // the correction and the answer, in the turn's one message
            harness.telegram.awaitChat(LENA, texts -> texts.size() >= before + 1);
            clock.advance(Duration.ofMinutes(1));
        }
        // the turn files its cards after the reply went out
        Instant deadline = Instant.now().plusSeconds(20);
        while (cards.count(LENA_ID) < 3 && Instant.now().isBefore(deadline)) {
            sleep();
        }
        assertEquals(3, cards.count(LENA_ID));
        Card first = cards.newest(LENA_ID, 3).get(2);
        assertEquals("Gestern ___ ich ins Kino gegangen.", first.prompt());
        assertEquals("bin", first.answer());
        assertEquals("auxiliary", first.tag());
        assertEquals("Gestern bin ich ins Kino gegangen.", first.source());

        // 19:00 in Berlin (CET, UTC+1): the reminder, because three cards are due, and only once
        advanceTo("2026-12-01T18:00:10Z");
        mark = harness.telegram.calls("sendMessage").size();
        assertEquals(1, harness.bot().reminders().runOnce());
        assertTrue(reply("3 cards are due").contains("3 cards are due"));
        assertEquals(0, harness.bot().reminders().runOnce());

        advanceTo("2026-12-02T10:03:00Z");
        Instant reviewDay = clock.instant();
        say("/review");
        reply("Card 1 of 3");
        assertTrue(reply("Card 1 of 3").contains("Gestern ＿＿＿ ich ins Kino gegangen."));

        say("bin");
        reply("Right!");
        assertTrue(reply("Right!").contains("Gestern bin ich ins Kino gegangen."));
        String goodButton = button("Good");
        press(goodButton);
        reply("Card 2 of 3");

        say("den");
        reply("Not quite.");
        assertTrue(reply("Not quite.").contains("dem"));
        press(button("Again"));
        reply("Card 3 of 3");

        say("schoener");
        reply("Right!");
        press(button("Easy"));
        String end = reply("Session done: 2 of 3 right.");
        assertTrue(end.contains("Next cards are due tomorrow (2026-12-03)"), end);

        CardScheduler fsrs = new CardScheduler(new Fsrs(FsrsParameters.defaults(0.9)));
        Map<String, Rating> rated = Map.of("bin", Rating.GOOD, "dem", Rating.AGAIN, "schöner", Rating.EASY);
        for (Card card : cards.newest(LENA_ID, 3)) {
            Schedule expected = fsrs.rate(Schedule.fresh(card.created()), rated.get(card.answer()), reviewDay);
            assertEquals(expected, card.schedule(), card.answer());
        }
        assertEquals(3, cards.find(LENA_ID, first.id()).orElseThrow().schedule().intervalDays(), "a first Good: 3 days");

        Schedule afterGood = cards.find(LENA_ID, first.id()).orElseThrow().schedule();
        press(goodButton);
        reply("already rated");
        assertEquals(afterGood, cards.find(LENA_ID, first.id()).orElseThrow().schedule());

        say("/progress");
        RecordedCall photo = harness.telegram.await("sendPhoto", 1).get(0);
        byte[] png = photo.files().get(photo.param("photo").substring("attach://".length()));
        assertEquals(40, ImageIO.read(new ByteArrayInputStream(png)).getWidth(), "a PNG");

        say("/forget confirm");
        reply("3 cards");
        assertEquals(0, cards.count(LENA_ID));
        assertTrue(schedules.find(LENA_ID).isEmpty(), "no reminder schedule left");
        advanceTo("2026-12-02T18:00:10Z");
        assertEquals(0, harness.bot().reminders().runOnce());
        say("/review");
        reply("no cards yet");
    }

    private void advanceTo(String isoInstant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(isoInstant)));
    }

    private void say(String text) {
        mark = harness.telegram.calls("sendMessage").size();
        harness.telegram.enqueue(Updates.of("private-text").set("message.message_id", messageIds.incrementAndGet())
                .set("message.text", text).node());
    }

    private void press(String callbackData) {
        mark = harness.telegram.calls("sendMessage").size();
        harness.telegram.enqueue(Updates.of("callback-level").set("callback_query.id", "cb-" + callbackIds.incrementAndGet())
                .set("callback_query.data", callbackData).node());
    }

    private int mark;

    /** Waits for a message sent since the last action that contains {@code fragment}, and returns it. */
    private String reply(String fragment) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            List<RecordedCall> sent = harness.telegram.calls("sendMessage");
            for (RecordedCall call : sent.subList(Math.min(mark, sent.size()), sent.size())) {
                if (call.text().contains(fragment)) {
                    return call.text();
                }
            }
            sleep();
        }
        throw new AssertionError("no reply with '" + fragment + "'; chat: " + harness.telegram.chats().texts(LENA));
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String button(String label) {
        List<RecordedCall> sent = harness.telegram.calls("sendMessage");
        for (int i = sent.size() - 1; i >= 0; i--) {
            JsonNode keyboard = sent.get(i).params().path("reply_markup").path("inline_keyboard");
            for (JsonNode row : keyboard) {
                for (JsonNode button : row) {
                    if (button.path("text").asText().endsWith(label)) {
                        return button.path("callback_data").asText();
                    }
                }
            }
        }
        throw new AssertionError("no button " + label);
    }
}
