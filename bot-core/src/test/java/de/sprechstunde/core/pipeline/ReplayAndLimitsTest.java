package de.sprechstunde.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.InMemoryMessageLedger;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.port.Transcript;
import de.sprechstunde.core.testing.FakeChatPlatform;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReplayAndLimitsTest {

    private final ScriptedChatModel model = new ScriptedChatModel();
    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
    private final Messages lena = Messages.lena();

    @Test
    void aMessageAcceptedBeforeARestartIsAnsweredWhenThePlatformReconnects() {
        InMemoryMessageLedger ledger = new InMemoryMessageLedger(Duration.ofDays(1), 1000, clock);
        IncomingMessage accepted = lena.text("Guten Abend!");
        ledger.accept(accepted);   // the process stopped right after accepting it

        FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM);
        try (TutorBot restarted = new TutorBotBuilder(model).ledger(ledger).clock(clock).build()) {
            restarted.connect(telegram).join();
        }

        assertEquals(1, telegram.replaySink().texts().size());
        assertTrue(ledger.unanswered(Platform.TELEGRAM).isEmpty());
    }

    @Test
    void fortyMessagesInAMinuteReachTheModelThirtyTimesWithOneNotice() {
        try (TutorBot bot = new TutorBotBuilder(model).clock(clock).build()) {
            RecordingReplySink sink = new RecordingReplySink();
            for (int i = 0; i < 40; i++) {
                bot.receive(lena.text("Nachricht " + i), sink).join();
                clock.advance(Duration.ofSeconds(1));
            }
            assertEquals(30, model.requests().size());
            assertEquals(1, sink.texts().stream().filter(t -> t.contains("faster than I can think")).count());
        }
    }

    @Test
    void aVoiceNoteLongerThanTheLimitIsRefusedBeforeAnyDownload() {
        AtomicInteger transcriptions = new AtomicInteger();
        FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM);
        try (TutorBot bot = new TutorBotBuilder(model)
                .speechToText(wav -> {
                    transcriptions.incrementAndGet();
                    return new Transcript("Hallo", "de", List.of(), Duration.ofSeconds(1));
                })
                .settings(TutorSettings.defaults()).build()) {
            bot.connect(telegram).join();
            RecordingReplySink sink = new RecordingReplySink();

            bot.receive(lena.voice("missing-file", Duration.ofSeconds(95), 40_000), sink).join();

            assertTrue(sink.lastText().contains("at most 60 s"), sink.lastText());
            assertEquals(0, transcriptions.get());
        }
    }

    @Test
    void messagesOfOneChatAreAnsweredInTheOrderTheyArrived() {
        try (TutorBot bot = new TutorBotBuilder(model).build()) {
            RecordingReplySink sink = new RecordingReplySink();
            for (int i = 0; i < 5; i++) {
                model.answer("Antwort " + i);
            }
            var futures = java.util.stream.IntStream.range(0, 5)
                    .mapToObj(i -> bot.receive(lena.text("Frage " + i), sink)).toList();
            futures.forEach(java.util.concurrent.CompletableFuture::join);

            assertEquals(List.of("Antwort 0", "Antwort 1", "Antwort 2", "Antwort 3", "Antwort 4"), sink.texts());
        }
    }

    @Test
    void aMessageIsInTheLedgerOnceReceiveReturnsSoACrashBeforeAnyWorkerCannotLoseIt() throws Exception {
        InMemoryMessageLedger ledger = new InMemoryMessageLedger(Duration.ofDays(1), 1000, clock);
        java.util.concurrent.CountDownLatch modelMayAnswer = new java.util.concurrent.CountDownLatch(1);
        de.sprechstunde.core.port.ChatModel slowModel = new de.sprechstunde.core.port.ChatModel() {
            @Override
            public de.sprechstunde.core.port.ChatAnswer chat(de.sprechstunde.core.port.ChatRequest request,
                                                             de.sprechstunde.core.port.TokenListener listener) {
                try {
                    modelMayAnswer.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new de.sprechstunde.core.port.ChatAnswer("Gut!", "m", Duration.ZERO, Duration.ZERO);
            }

            @Override
            public String modelName(de.sprechstunde.core.port.ModelTier tier) {
                return "m";
            }
        };
        try (TutorBot bot = new TutorBotBuilder(slowModel).ledger(ledger).clock(clock).build()) {
            IncomingMessage first = lena.text("Eins");
            IncomingMessage queued = lena.text("Zwei");
            var answered = List.of(bot.receive(first, new RecordingReplySink()), bot.receive(queued, new RecordingReplySink()));

            assertEquals(List.of(first, queued), ledger.unanswered(Platform.TELEGRAM));
            modelMayAnswer.countDown();
            answered.forEach(java.util.concurrent.CompletableFuture::join);
            assertTrue(ledger.unanswered(Platform.TELEGRAM).isEmpty());
        }
    }
}
