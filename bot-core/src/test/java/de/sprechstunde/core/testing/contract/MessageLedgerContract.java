package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.port.MessageLedger;
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
}
