package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.testing.GatedChatModel;
import de.sprechstunde.telegram.fake.FakeFailure;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whole turns through the real core, the real client and the fake Bot API: limits, offsets and shutdown. */
class DeliveryTest {

    private static final long LENA = 4242;
    private static final long TOM = 5151;

    private TelegramHarness harness;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aSixThousandCharacterAnswerArrivesAsTwoOrMoreMessagesInOrderNoneOver4096() throws Exception {
        harness = new TelegramHarness().start();
        String answer = TextFixtures.germanParagraphs(6000);
        harness.model.answer(answer);

        harness.telegram.enqueue(Updates.of("private-text").node());

        List<String> shown = harness.telegram.awaitChat(LENA,
                texts -> TextFixtures.words(String.join(" ", texts)).equals(TextFixtures.words(answer)));
        assertTrue(shown.size() >= 2, shown.size() + " messages");
        shown.forEach(part -> assertTrue(part.length() <= 4096, part.length() + " characters"));
        harness.telegram.calls().stream().filter(call -> call.is("sendMessage") || call.is("editMessageText"))
                .forEach(call -> assertTrue(call.text().length() <= 4096 + 200, "a call carried " + call.text().length()));
    }

    @Test
    void aTooManyRequestsWithRetryAfterTwoDelaysTheNextCallToThatChatAndTheReplyArrivesOnce() throws Exception {
        harness = new TelegramHarness().start();
        harness.telegram.failNext("sendMessage", FakeFailure.tooManyRequests(2));

        harness.telegram.enqueue(Updates.of("private-command").set("message.text", "/level B1").node());

        harness.telegram.awaitChat(LENA, texts -> !texts.isEmpty());
        List<RecordedCall> sent = harness.telegram.calls("sendMessage");
        assertEquals(2, sent.size());
        Duration gap = Duration.between(sent.get(0).receivedAt(), sent.get(1).receivedAt());
        assertTrue(gap.toMillis() >= 2000, "the next call came after " + gap.toMillis() + " ms");
        assertEquals(1, harness.telegram.chats().texts(LENA).size());
        assertTrue(harness.telegram.chats().texts(LENA).get(0).contains("B1"));
    }

    @Test
    void aRedeliveredUpdateIsAnsweredOnce() throws Exception {
        harness = new TelegramHarness().start();
        harness.model.answer("Guten Morgen, Lena!");

        harness.telegram.enqueue(Updates.of("private-text").node());
        harness.telegram.awaitChat(LENA, texts -> texts.contains("Guten Morgen, Lena!"));
        harness.telegram.enqueue(Updates.of("private-text").node());
        harness.telegram.enqueue(Updates.of("private-text").set("message.message_id", 40).set("message.text", "Danke!").node());

        harness.telegram.awaitChat(LENA, texts -> texts.size() == 2);
        assertEquals(2, harness.model.requests().size());
    }

    @Test
    void whileAnAnswerIsBeingWrittenItsUpdateIsConfirmedAndOtherChatsAreServed() throws Exception {
        GatedChatModel model = new GatedChatModel("Einen Moment, ich denke nach.");
        harness = new TelegramHarness().withModel(model).start();

        int lenasUpdate = harness.telegram.enqueue(Updates.of("private-text").node());
        model.awaitStarted();
        harness.telegram.enqueue(Updates.of("private-command").set("message.chat.id", TOM).set("message.from.id", TOM)
                .set("message.text", "/level C1").node());

        harness.telegram.awaitChat(TOM, texts -> texts.size() == 1);
        assertTrue(harness.telegram.confirmedOffset() > lenasUpdate, "Lena's update is confirmed while her answer is pending");
        model.release();
        harness.telegram.awaitChat(LENA, texts -> texts.contains("Einen Moment, ich denke nach."));
    }

    @Test
    void aGracefulShutdownFinishesTheAnswerInProgress() throws Exception {
        GatedChatModel model = new GatedChatModel("Bis bald und viel Erfolg!");
        harness = new TelegramHarness().withModel(model).start();
        harness.telegram.enqueue(Updates.of("private-text").node());
        model.awaitStarted();

        Thread releaser = model.releaseAfter(Duration.ofMillis(500));
        harness.shutDown(Duration.ofSeconds(20));
        releaser.join();

        assertEquals(List.of("Bis bald und viel Erfolg!"), harness.telegram.chats().texts(LENA));
    }

    @Test
    void closingTheAdapterBeforeTheCoreStillSendsTheAnswerInProgress() throws Exception {
        GatedChatModel model = new GatedChatModel("Danke und tschüss!");
        harness = new TelegramHarness().withModel(model).start();
        harness.telegram.enqueue(Updates.of("private-text").node());
        model.awaitStarted();

        Thread releaser = model.releaseAfter(Duration.ofMillis(500));
        harness.adapter().close();
        releaser.join();

        assertEquals(List.of("Danke und tschüss!"), harness.telegram.chats().texts(LENA));
    }

    @Test
    void aMessageQueuedBehindAnAnswerInProgressIsAnsweredBeforeAGracefulShutdownEnds() throws Exception {
        GatedChatModel model = new GatedChatModel("Bis bald und viel Erfolg!");
        harness = new TelegramHarness().withModel(model).start();
        harness.telegram.enqueue(Updates.of("private-text").node());
        model.awaitStarted();
        int queued = harness.telegram.enqueue(Updates.of("private-command").set("message.text", "/level B2").node());
        harness.telegram.await(call -> call.is("getUpdates") && call.params().path("offset").asInt() > queued, 1, Duration.ofSeconds(20));

        Thread releaser = model.releaseAfter(Duration.ofMillis(500));
        harness.shutDown(Duration.ofSeconds(20));
        releaser.join();

        List<String> shown = harness.telegram.chats().texts(LENA);
        assertEquals(2, shown.size(), shown.toString());
        assertTrue(shown.get(1).contains("B2"), shown.toString());
    }

    @Test
    void anUpdateThatArrivesAfterReceivingStoppedIsLeftForTheNextStart() throws Exception {
        harness = new TelegramHarness().start();
        harness.adapter().stopReceiving();
        Instant stopped = Instant.now();
        harness.model.answer("Willkommen zurück!");

        harness.telegram.enqueue(Updates.of("private-text").node());
        sleep(1500);
        assertEquals(0, harness.telegram.calls("sendMessage").size());
        assertTrue(harness.telegram.calls("getUpdates").stream().noneMatch(call -> call.receivedAt().isAfter(stopped.plusMillis(100))));

        harness.shutDown(Duration.ofSeconds(5));
        harness.start();
        harness.telegram.awaitChat(LENA, texts -> texts.contains("Willkommen zurück!"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
