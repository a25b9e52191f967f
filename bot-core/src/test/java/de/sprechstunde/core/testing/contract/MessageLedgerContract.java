package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PendingMessage;
import de.sprechstunde.core.testing.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link MessageLedger} does; one subclass per implementation. */
public abstract class MessageLedgerContract {

    /** A fresh ledger; two calls in one test share the store, as two instances share Redis or MongoDB. */
    protected abstract MessageLedger ledger();

    private final Messages lena = new Messages(Platform.TELEGRAM, "lena-" + UUID.randomUUID());
    private final Messages tom = new Messages(Platform.DISCORD, "tom-" + UUID.randomUUID());

    @Test
    public void aMessageIsAcceptedOnceAndItsRedeliveryIsRecognised() {
        MessageLedger ledger = ledger();
        IncomingMessage message = lena.text("11", "Hallo!");

        assertTrue(ledger.accept(message));
        assertFalse(ledger.accept(message));
        ledger.answered(message.key());
        assertFalse(ledger.accept(message), "still a redelivery after it was answered");
    }

    @Test
    public void acceptedButUnansweredMessagesAreListedPerPlatformInOrder() {
        MessageLedger ledger = ledger();
        IncomingMessage first = lena.text("21", "Erste");
        IncomingMessage voice = lena.voice("AwACAgIAAxkBAAIB", Duration.ofSeconds(3), 12_345);
        IncomingMessage answered = lena.text("23", "Beantwortet");
        IncomingMessage elsewhere = tom.text("24", "Discord");
        for (IncomingMessage m : List.of(first, voice, answered, elsewhere)) {
            ledger.accept(m);
        }
        ledger.answered(answered.key());

        List<IncomingMessage> pending = ledger.unanswered(Platform.TELEGRAM).stream()
                .filter(m -> m.sender().equals(lena.learner())).toList();

        assertEquals(List.of(first, voice), pending);
        assertTrue(ledger.unanswered(Platform.DISCORD).contains(elsewhere));
    }

    @Test
    public void concurrentDeliveriesOfOneMessageAreAcceptedExactlyOnce() throws Exception {
        MessageLedger ledger = ledger();
        IncomingMessage message = lena.text("31", "Gleichzeitig");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return ledger.accept(message);
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Boolean> result : results) {
            accepted += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, accepted);
    }

    @Test
    public void undeliveredRepliesKeepTheMessagePendingWithThemUntilAnswered() {
        MessageLedger ledger = ledger();
        IncomingMessage message = lena.text("41", "/level B1");
        ledger.accept(message);
        List<Reply> replies = List.of(
                Reply.Text.withChoices("Dein Niveau: *B1*", List.of(new Choice("B2", "/level B2"))),
                new Reply.Text("nur für dich", List.of(), true),
                new Reply.Voice(new VoiceClip(new byte[] {1, 2, 3}, Duration.ofMillis(1500), new byte[] {9}, "Hallo!")));

        ledger.undelivered(message.key(), replies);
        PendingMessage pending = pendingOf(ledger, message);

        assertEquals(message, pending.message());
        assertEquals(replies.subList(0, 2), pending.undelivered().subList(0, 2));
        VoiceClip clip = ((Reply.Voice) pending.undelivered().get(2)).clip();
        assertArrayEquals(new byte[] {1, 2, 3}, clip.oggOpus());
        assertEquals("Hallo!", clip.caption());
        assertEquals(Duration.ofMillis(1500), clip.duration());

        ledger.answered(message.key());
        assertFalse(ledger.unanswered(Platform.TELEGRAM).contains(message));
        ledger.undelivered(message.key(), replies);
        assertFalse(ledger.unanswered(Platform.TELEGRAM).contains(message), "an answered message is not revived");
    }

    @Test
    public void theMessagesOfAReplyInProgressAreRecordedWithTheMessage() {
        MessageLedger ledger = ledger();
        IncomingMessage message = tom.text("51", "Erzähl mir was");
        ledger.accept(message);
        assertEquals(List.of(), pendingOf(ledger, message).showing());

        ledger.showing(message.key(), List.of("9001"));
        ledger.showing(message.key(), List.of("9001", "9002"));
        assertEquals(List.of("9001", "9002"), pendingOf(ledger, message).showing());
        assertEquals(List.of(), pendingOf(ledger, message).undelivered());

        ledger.showing(message.key(), List.of());
        assertEquals(List.of(), pendingOf(ledger, message).showing());
    }

    private static PendingMessage pendingOf(MessageLedger ledger, IncomingMessage message) {
        return ledger.pending(message.platform()).stream().filter(p -> p.message().key().equals(message.key()))
                .findFirst().orElseThrow(() -> new AssertionError(message.key() + " is not pending"));
    }
}
