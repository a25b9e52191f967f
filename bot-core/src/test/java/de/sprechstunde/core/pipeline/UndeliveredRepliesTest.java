package de.sprechstunde.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.InMemoryMessageLedger;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.port.PendingMessage;
import de.sprechstunde.core.testing.FakeChatPlatform;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import ch.qos.logback.classic.Level;
import de.sprechstunde.core.testing.CapturedLogs;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reply the platform did not take keeps its message pending, with the reply, until it is delivered. */
class UndeliveredRepliesTest {

    private final ScriptedChatModel model = new ScriptedChatModel();
    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
    private final InMemoryMessageLedger ledger = new InMemoryMessageLedger(Duration.ofDays(1), 1000, clock);
    private final Messages lena = Messages.lena();

    @Test
    void anUndeliveredAnswerIsKeptAndSentAfterTheRestartWithoutAskingTheModelAgain() {
        IncomingMessage message = lena.text("Guten Abend!");
        model.answer("Guten Abend, Lena!");
        RecordingReplySink failing = new RecordingReplySink().unavailableFor(1);
        try (TutorBot bot = new TutorBotBuilder(model).ledger(ledger).clock(clock).build()) {
            bot.receive(message, failing).join();
        }
        List<PendingMessage> pending = ledger.pending(Platform.TELEGRAM);
        assertEquals(1, pending.size());
        assertEquals(List.of(Reply.Text.of("Guten Abend, Lena!")), pending.get(0).undelivered());

        FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM);
        try (TutorBot restarted = new TutorBotBuilder(model).ledger(ledger).clock(clock).build()) {
            restarted.connect(telegram).join();
        }

        assertEquals(List.of("Guten Abend, Lena!"), telegram.replaySink().texts());
        assertEquals(1, model.requests().size());
        assertTrue(ledger.pending(Platform.TELEGRAM).isEmpty());
    }

    @Test
    void repliesAfterAnUndeliveredOneAreKeptBehindItInOrder() {
        IncomingMessage message = lena.text("/level B1");
        RecordingReplySink failing = new RecordingReplySink().unavailableFor(1);
        try (TutorBot bot = new TutorBotBuilder(model).ledger(ledger).clock(clock).build()) {
            bot.receive(message, failing).join();
            bot.receive(lena.text("/level B2"), failing).join();
        }

        List<PendingMessage> pending = ledger.pending(Platform.TELEGRAM);
        assertEquals(1, pending.size(), "the second command was delivered");
        assertTrue(((Reply.Text) pending.get(0).undelivered().get(0)).text().contains("B1"));
        assertTrue(failing.lastText().contains("B2"));
    }

    @Test
    void keptRepliesAreRetriedPeriodicallyWhileTheBotRuns() throws Exception {
        IncomingMessage message = lena.text("Hallo!");
        model.answer("Hallo, Lena!");
        FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM);
        try (TutorBot bot = new TutorBotBuilder(model).ledger(ledger).clock(clock)
                .delivery(DeliverySettings.defaults().withRedeliveryInterval(Duration.ofMillis(50))).build()) {
            bot.connect(telegram).join();
            bot.receive(message, new RecordingReplySink().unavailableFor(1)).join();
            for (int i = 0; i < 200 && telegram.replaySink().texts().isEmpty(); i++) {
                Thread.sleep(10);
            }
        }

        assertEquals(List.of("Hallo, Lena!"), telegram.replaySink().texts());
        assertTrue(ledger.pending(Platform.TELEGRAM).isEmpty());
    }

    @Test
    void aKeptReplyOlderThanTheGiveUpAgeIsDroppedWithOneWarningAndAMetric() {
        InMemoryMessageLedger twoDays = ledgerWithOneKeptReply();
        clock.advance(Duration.ofHours(25));

        FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (CapturedLogs logs = CapturedLogs.of(TutorBot.class);
             TutorBot restarted = new TutorBotBuilder(model).ledger(twoDays).clock(clock).meterRegistry(meters)
                     .delivery(DeliverySettings.defaults().withGiveUpAfter(Duration.ofHours(24))).build()) {
            restarted.connect(telegram).join();
            assertEquals(1, logs.count(Level.WARN, "past the give-up age"), logs.lines().toString());
        }

        assertEquals(List.of(), telegram.replaySink().texts());
        assertTrue(twoDays.pending(Platform.TELEGRAM).isEmpty(), "not tried again");
        assertEquals(1.0, meters.get("bot.errors").tag("component", "delivery").tag("type", "given_up").counter().count());
    }

    @Test
    void aKeptReplyWithinTheGiveUpAgeIsStillDelivered() {
        InMemoryMessageLedger twoDays = ledgerWithOneKeptReply();
        clock.advance(Duration.ofHours(23));

        FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM);
        try (TutorBot restarted = new TutorBotBuilder(model).ledger(twoDays).clock(clock).build()) {
            restarted.connect(telegram).join();
        }

        assertEquals(List.of("Guten Morgen, Lena!"), telegram.replaySink().texts());
    }

    /** A ledger kept for two days (longer than the give-up age) holding one answer the platform did not take. */
    private InMemoryMessageLedger ledgerWithOneKeptReply() {
        InMemoryMessageLedger twoDays = new InMemoryMessageLedger(Duration.ofDays(2), 1000, clock);
        model.answer("Guten Morgen, Lena!");
        try (TutorBot bot = new TutorBotBuilder(model).ledger(twoDays).clock(clock).build()) {
            bot.receive(lena.text("Guten Morgen!"), new RecordingReplySink().unavailableFor(1)).join();
        }
        return twoDays;
    }
}
