package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.InMemoryReminderStore;
import de.sprechstunde.core.reminder.ReminderSettings;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.telegram.fake.FakeFailure;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** /progress as a photo, /test with its buttons and a reminder, through the real adapter and the fake Bot API. */
class LearningLoopTelegramTest {

    private static final long LENA = 4242;
    private static final AtomicInteger IDS = new AtomicInteger(7000);

    private TelegramHarness harness;

    @AfterEach
    void stop() {
        harness.close();
    }

    private void type(String text) {
        harness.telegram.enqueue(Updates.of("private-text").set("message.message_id", IDS.incrementAndGet())
                .set("message.text", text).node());
    }

    private void press(String data) {
        harness.telegram.enqueue(Updates.of("callback-level").set("callback_query.id", "cb" + IDS.incrementAndGet())
                .set("callback_query.data", data).node());
    }

    /** A small real PNG, as a chart library would draw it. */
    static Optional<byte[]> tinyChart() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0x2E86DE);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(png.toByteArray());
    }

    @Test
    void progressArrivesAsAPngPhotoWithTheSummaryAsCaption() throws Exception {
        harness = new TelegramHarness();
        harness.start(core -> core.progressChart(report -> tinyChart()), harness.settings(), Set.of());

        type("/progress");

        RecordedCall photo = harness.telegram.await("sendPhoto", 1).get(0);
        assertEquals(LENA, photo.chatId());
        String upload = photo.param("photo");
        assertTrue(upload.startsWith("attach://"), upload);
        byte[] png = photo.files().get(upload.substring("attach://".length()));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(40, decoded.getWidth());
        assertTrue(photo.param("caption").contains("Your progress"), photo.param("caption"));
        assertTrue(photo.param("caption").contains("Streak: 0 days"), photo.param("caption"));
        assertEquals(0, harness.telegram.calls("sendMessage").size());
    }

    @Test
    void thePlacementTestIsAnsweredWithItsButtons() throws Exception {
        harness = new TelegramHarness().start();

        type("/test");
        harness.telegram.awaitChat(LENA, texts -> texts.size() == 2);
        JsonNode keyboard = harness.telegram.calls("sendMessage").get(1).params().path("reply_markup").path("inline_keyboard");
        String firstOption = keyboard.get(0).get(0).path("callback_data").asText();
        assertTrue(firstOption.startsWith("/test answer a2-"), firstOption);

        press(firstOption);
        harness.telegram.awaitChat(LENA, texts -> texts.size() == 4 && texts.get(3).startsWith("2/12"));
        // the same button again (a double tap): nothing moves on
        press(firstOption);
        List<String> shown = harness.telegram.awaitChat(LENA, texts -> texts.size() == 5);
        assertTrue(shown.get(4).contains("already answered"), shown.get(4));
    }

    @Test
    void aReminderArrivesAtNineteenWithAStartReviewButtonAndABlockedChatSwitchesThemOff() throws Exception {
        MutableClock clock = MutableClock.startingAt("2026-11-27T17:59:00Z");
        InMemoryReminderStore schedules = new InMemoryReminderStore();
        harness = new TelegramHarness();
        harness.start(core -> core.clock(clock).reminderStore(schedules).dueCards((learner, now) -> 4)
                .reminders(ReminderSettings.defaults().withCheckEvery(Duration.ofDays(1))), harness.settings(), Set.of());
        type("/remind 19:00");
        harness.telegram.awaitChat(LENA, texts -> texts.size() == 1);

        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, harness.bot().reminders().runOnce());

        RecordedCall reminder = harness.telegram.calls("sendMessage").get(1);
        assertEquals(LENA, reminder.chatId());
        assertTrue(reminder.text().contains("4 cards are due"), reminder.text());
        assertEquals("/review", reminder.params().path("reply_markup").path("inline_keyboard").get(0).get(0)
                .path("callback_data").asText());

        clock.advance(Duration.ofDays(1));
        harness.telegram.failNext("sendMessage", FakeFailure.blocked());
        assertEquals(0, harness.bot().reminders().runOnce());
        assertFalse(schedules.find(new LearnerId(Platform.TELEGRAM, String.valueOf(LENA))).orElseThrow().on());
    }
}
