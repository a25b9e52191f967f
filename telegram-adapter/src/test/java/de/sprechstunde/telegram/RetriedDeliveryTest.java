package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.InMemoryMessageLedger;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.testing.GatedChatModel;
import de.sprechstunde.telegram.api.BackoffWait;
import de.sprechstunde.telegram.fake.FakeFailure;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.Audio;
import de.sprechstunde.telegram.support.Outbound;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost, nothing twice: 5xx answers are retried within the retry window, a reply still
 * undelivered stays in the ledger and arrives later (periodically or after a restart), and an
 * answer that was streaming when the process died is finished in the same message.
 */
class RetriedDeliveryTest {

    private static final long LENA = 4242;
    private static final String ANSWER = "Sehr gut! Du hast das Perfekt richtig benutzt, nur das Hilfsverb war falsch: "
            + "Ich bin gestern nach Berlin gefahren, nicht ich habe gefahren.";

    /** Waits only a few milliseconds but counts what was asked for, so backoff costs no test time. */
    private final AtomicLong askedToWaitMillis = new AtomicLong();
    private final BackoffWait quick = asked -> {
        askedToWaitMillis.addAndGet(asked.toMillis());
        return asked.compareTo(Duration.ofMillis(5)) < 0 ? asked : Duration.ofMillis(5);
    };
    private final MessageLedger ledger = new InMemoryMessageLedger(Duration.ofDays(2), 1000, Clock.systemUTC());
    private TelegramHarness harness;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void anAnswerWhoseSendMessageAnswers502ThreeTimesArrivesExactlyOnce() throws Exception {
        harness = started(DeliverySettings.defaults());
        harness.model.answer("Guten Morgen, Lena!");
        harness.telegram.failNext("sendMessage", FakeFailure.badGateway(), 3);

        harness.telegram.enqueue(Updates.of("private-text").node());

        harness.telegram.awaitChat(LENA, texts -> texts.contains("Guten Morgen, Lena!"));
        harness.telegram.await("sendMessage", 4);
        assertEquals(List.of("Guten Morgen, Lena!"), harness.telegram.chats().texts(LENA));
        assertTrue(askedToWaitMillis.get() >= 250 * 3 / 2, "backed off " + askedToWaitMillis.get() + " ms");
        awaitNothingPending();
    }

    @Test
    void aCommandReplyIsRetriedAfterA500AndAfterThree502s() throws Exception {
        harness = started(DeliverySettings.defaults());
        harness.telegram.failNext("sendMessage", FakeFailure.internalServerError());
        harness.telegram.enqueue(Updates.of("private-command").set("message.text", "/level B1").node());
        harness.telegram.awaitChat(LENA, texts -> texts.size() == 1);

        harness.telegram.failNext("sendMessage", FakeFailure.badGateway(), 3);
        harness.telegram.enqueue(Updates.of("private-command").set("message.message_id", 41).set("message.text", "/level B2").node());

        List<String> shown = harness.telegram.awaitChat(LENA, texts -> texts.size() == 2);
        assertTrue(shown.get(0).contains("B1") && shown.get(1).contains("B2"), shown.toString());
        assertEquals(2, harness.telegram.chats().texts(LENA).size());
    }

    @Test
    void aFinalEditAnswering502ThreeTimesStillShowsTheWholeAnswerInOneMessage() throws Exception {
        GatedChatModel model = new GatedChatModel(ANSWER, 10);
        harness = new TelegramHarness().withModel(model).withDelivery(DeliverySettings.defaults(), quick);
        // a server without drafts: the stream shows itself by edits
        harness.telegram.forgetDrafts();
        harness.start(core -> core.ledger(ledger), harness.settings(), Set.of());
        harness.telegram.enqueue(Updates.of("private-text").node());
        model.awaitStarted();
        harness.telegram.await("sendMessage", 1);

        harness.telegram.failNext("editMessageText", FakeFailure.badGateway(), 3);
        model.release();

        harness.telegram.awaitChat(LENA, texts -> texts.equals(List.of(ANSWER)));
        assertTrue(harness.telegram.calls("editMessageText").size() >= 4, harness.telegram.calls().toString());
        assertEquals(1, harness.telegram.calls("sendMessage").size());
    }

    @Test
    void aVoiceReplyWhoseUploadAnswers502ThreeTimesArrivesOnce() throws Exception {
        harness = new TelegramHarness();
        try (Outbound outbound = new Outbound(harness.telegram, Duration.ofMillis(10), quick, false)) {
            harness.telegram.failNext("sendVoice", FakeFailure.badGateway(), 3);

            outbound.sink(LENA).send(new Reply.Voice(new VoiceClip(Audio.oggOpusTone(), Duration.ofSeconds(1), new byte[0], "Hör zu!")));

            assertEquals(4, harness.telegram.calls("sendVoice").size());
            assertEquals(1, harness.telegram.chats().shown(LENA).size());
            assertTrue(harness.telegram.chats().shown(LENA).get(0).voice() != null);
        }
    }

    @Test
    void aReplyUndeliveredForLongerThanTheRetryWindowArrivesOnceAfterARestart() throws Exception {
        DeliverySettings shortWindow = DeliverySettings.defaults().withRetryWindow(Duration.ofSeconds(3));
        harness = started(shortWindow);
        harness.model.answer("Bis morgen, Lena!");
        harness.telegram.failAlways("sendMessage", FakeFailure.badGateway());

        harness.telegram.enqueue(Updates.of("private-text").node());
        awaitUndelivered();
        assertEquals(List.of(), harness.telegram.chats().texts(LENA));

        harness.shutDown(Duration.ofSeconds(5));
        harness.telegram.recover("sendMessage");
        harness.start(core -> core.ledger(ledger), harness.settings(), Set.of());

        harness.telegram.awaitChat(LENA, texts -> texts.contains("Bis morgen, Lena!"));
        assertEquals(List.of("Bis morgen, Lena!"), harness.telegram.chats().texts(LENA));
        assertEquals(1, harness.model.requests().size(), "the kept reply is sent, the model is not asked again");
        awaitNothingPending();
    }

    @Test
    void aKeptReplyIsRetriedPeriodicallyWhileTheBotRuns() throws Exception {
        harness = started(DeliverySettings.defaults().withRetryWindow(Duration.ofSeconds(2))
                .withRedeliveryInterval(Duration.ofMillis(300)));
        harness.model.answer("Schön, dass du da bist!");
        harness.telegram.failAlways("sendMessage", FakeFailure.badGateway());

        harness.telegram.enqueue(Updates.of("private-text").node());
        awaitUndelivered();
        harness.telegram.recover("sendMessage");

        harness.telegram.awaitChat(LENA, texts -> texts.contains("Schön, dass du da bist!"));
        Thread.sleep(700);
        assertEquals(List.of("Schön, dass du da bist!"), harness.telegram.chats().texts(LENA));
    }

    @Test
    void anAnswerStreamingWhenTheProcessDiedIsFinishedInTheSameMessageAfterTheRestart() throws Exception {
        GatedChatModel stuck = new GatedChatModel(ANSWER, 12);
        harness = new TelegramHarness().withModel(stuck).withDelivery(DeliverySettings.defaults(), quick);
        // a server without drafts leaves a fragment message (a draft would vanish with the process)
        harness.telegram.forgetDrafts();
        harness.start(core -> core.ledger(ledger), harness.settings(), Set.of());
        harness.telegram.enqueue(Updates.of("private-text").node());
        stuck.awaitStarted();
        List<String> fragment = harness.telegram.awaitChat(LENA, texts -> texts.size() == 1);
        assertTrue(ANSWER.startsWith(fragment.get(0).strip()) && !fragment.get(0).equals(ANSWER), fragment.toString());

        harness.crash();
        harness.withModel(harness.model);
        harness.model.answer(ANSWER);
        harness.start(core -> core.ledger(ledger), harness.settings(), Set.of());

        harness.telegram.awaitChat(LENA, texts -> texts.equals(List.of(ANSWER)));
        assertEquals(1, harness.telegram.calls("sendMessage").size(), "the fragment was edited, not replaced");
        assertEquals(List.of(ANSWER), harness.telegram.chats().texts(LENA));
    }

    private TelegramHarness started(DeliverySettings delivery) throws Exception {
        TelegramHarness started = new TelegramHarness().withDelivery(delivery, quick);
        return started.start(core -> core.ledger(ledger), started.settings(), Set.of());
    }

    private void awaitNothingPending() throws InterruptedException {
        for (int i = 0; i < 250 && !ledger.pending(Platform.TELEGRAM).isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertEquals(List.of(), ledger.pending(Platform.TELEGRAM));
    }

    private void awaitUndelivered() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (ledger.pending(Platform.TELEGRAM).stream().anyMatch(p -> !p.undelivered().isEmpty())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the reply was never kept as undelivered; calls: " + harness.telegram.calls());
    }
}
