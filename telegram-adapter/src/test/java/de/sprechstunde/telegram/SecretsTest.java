package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.config.Secret;
import de.sprechstunde.core.testing.CapturedLogs;
import de.sprechstunde.core.testing.FixedTranscriber;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.FakeFailure;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bot token must never reach a log line or an exception message. */
class SecretsTest {

    private static final String OTHER_TOKEN = "987654321:AAOtherTokenThatTelegramDoesNotKnow_xyz";

    @Test
    void theTokenAppearsInNoLogLineWhenCallsAndDownloadsFail() throws Exception {
        try (CapturedLogs logs = CapturedLogs.everything(); TelegramHarness harness = new TelegramHarness()) {
            FixedTranscriber speech = FixedTranscriber.hearing("Hallo");
            harness.startHearing(speech);
            harness.telegram.vanishedFile("AwACAgIAAxkBAAIB", "voice/file_9.oga", 12345);
            harness.telegram.failNext("sendMessage", FakeFailure.cantParseEntities());
            harness.telegram.failNext("sendChatAction", FakeFailure.badRequest("chat not found"));

            harness.telegram.enqueue(Updates.of("private-voice").node());
            harness.telegram.awaitChat(4242, texts -> texts.size() == 1);
            harness.shutDown(Duration.ofSeconds(5));

            List<String> lines = logs.lines();
            assertTrue(lines.stream().anyMatch(line -> line.contains("could not download voice note")), lines.toString());
            lines.forEach(line -> assertFalse(line.contains(FakeBotApi.TOKEN) || line.contains("AAFakeTokenForTests"), line));
        }
    }

    @Test
    void aTokenTelegramRejectsStopsStartUpWithAMessageThatDoesNotRepeatIt() throws Exception {
        try (TelegramHarness harness = new TelegramHarness()) {
            TelegramSettings wrong = new TelegramSettings(Secret.of(OTHER_TOKEN), harness.telegram.url(), TelegramMode.POLLING,
                    java.util.Optional.empty(), java.util.Optional.empty(), Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO, 30);

            IllegalStateException error = assertThrows(IllegalStateException.class, () -> harness.start(core -> core, wrong, Set.of()));

            assertTrue(error.getMessage().contains("rejected TELEGRAM_BOT_TOKEN"), error.getMessage());
            assertFalse(error.getMessage().contains(OTHER_TOKEN));
        }
    }

    @Test
    void anUnreachableBotApiStopsStartUpWithAMessageWithoutTheToken() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (CapturedLogs logs = CapturedLogs.everything(); TelegramHarness harness = new TelegramHarness()) {
            TelegramSettings unreachable = harness.settings().withApiUrl(URI.create("http://127.0.0.1:" + closedPort));

            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> harness.start(core -> core, unreachable, Set.of()));

            assertTrue(error.getMessage().contains("could not be reached"), error.getMessage());
            assertFalse(error.getMessage().contains(FakeBotApi.TOKEN));
            logs.lines().forEach(line -> assertFalse(line.contains(FakeBotApi.TOKEN), line));
        }
    }
}
