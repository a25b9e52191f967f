package de.sprechstunde.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.fake.Updates;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole application on Telegram with the embedded MongoDB: the real JFreeChart PNG for
 * {@code /progress}, and a reminder set before a restart that arrives once at 19:00 Berlin time after it.
 */
class LearningLoopDeploymentTest {

    private static final long LENA = 4242;
    private static final AtomicInteger IDS = new AtomicInteger(9000);

    @TempDir
    Path dataDir;

    /** Real time shifted to a chosen moment: it keeps ticking, so pacing and timeouts behave, and can jump ahead. */
    static final class ShiftedClock extends Clock {
        private volatile Duration shift;

        ShiftedClock(Instant startingAt) {
            this.shift = Duration.between(Instant.now(), startingAt);
        }

        void jumpTo(Instant moment) {
            shift = Duration.between(Instant.now(), moment);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static void type(FakeBotApi telegram, String text) {
        telegram.enqueue(Updates.of("private-text").set("message.message_id", IDS.incrementAndGet()).set("message.text", text).node());
    }

    private Application start(FakeOllamaServer ollama, FakeBotApi telegram, Clock clock) throws Exception {
        return Application.start(new TestConfig(dataDir, ollama.url())
                .with("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN)
                .with("TELEGRAM_API_URL", telegram.url().toString())
                .with("TELEGRAM_POLL_TIMEOUT_SECONDS", "1").load(), clock);
    }

    private static List<RecordedCall> reminders(FakeBotApi telegram) {
        return telegram.calls("sendMessage").stream().filter(c -> c.text() != null && c.text().contains("Time for German")).toList();
    }

    @Test
    void progressIsARealChartAndAReminderSetBeforeARestartArrivesOnceAtNineteenBerlinTime() throws Exception {
        // Thursday 26 November 2026, 18:00 in Berlin
        ShiftedClock clock = new ShiftedClock(Instant.parse("2026-11-26T17:00:00Z"));
        try (FakeOllamaServer ollama = FakeOllamaServer.start().answering("mistral:7b", "Hallo Lena! Wie war dein Tag?");
             FakeBotApi telegram = new FakeBotApi()) {
            try (Application first = start(ollama, telegram, clock)) {
                type(telegram, "Hallo, ich habe heute viel gelernt.");
                telegram.awaitChat(LENA, texts -> texts.stream().anyMatch(t -> t.contains("Wie war dein Tag")));
                type(telegram, "/remind 19:00");
                telegram.awaitChat(LENA, texts -> texts.stream().anyMatch(t -> t.contains("every day at 19:00")));

                type(telegram, "/progress");
                RecordedCall photo = telegram.await("sendPhoto", 1).get(0);
                byte[] png = photo.files().get(photo.param("photo").substring("attach://".length()));
                BufferedImage chart = ImageIO.read(new ByteArrayInputStream(png));
                assertEquals(1200, chart.getWidth());
                assertEquals(900, chart.getHeight());
                Set<Integer> colours = new HashSet<>();
                for (int y = 0; y < chart.getHeight(); y += 9) {
                    for (int x = 0; x < chart.getWidth(); x += 9) {
                        colours.add(chart.getRGB(x, y));
                    }
                }
                assertTrue(colours.size() > 5, "a blank picture: " + colours.size() + " colours");
            }

            try (Application second = start(ollama, telegram, clock)) {
                // Friday 18:59, then 19:00: the streak from Thursday is at risk
                clock.jumpTo(Instant.parse("2026-11-27T17:59:00Z"));
                second.bot().reminders().runOnce();
                assertEquals(0, reminders(telegram).size());
                clock.jumpTo(Instant.parse("2026-11-27T18:00:00Z"));
                second.bot().reminders().runOnce();
                second.bot().reminders().runOnce();

                List<RecordedCall> sent = reminders(telegram);
                assertEquals(1, sent.size(), telegram.calls("sendMessage").toString());
                assertEquals(LENA, sent.get(0).chatId());
                assertTrue(sent.get(0).text().contains("Keep your 1-day streak"), sent.get(0).text());
                assertEquals("/review", sent.get(0).params().path("reply_markup").path("inline_keyboard").get(0).get(0)
                        .path("callback_data").asText());
            }
        }
    }
}
