package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.message.Reply;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.FakeFailure;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.support.Outbound;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;

/** The send queue's pacing through the real telegrambots client against the fake Bot API. */
class PacingTest {

    private static final long LENA = 4242;
    private static final long TOM = 5151;

    private final FakeBotApi telegram = new FakeBotApi();
    private final Outbound outbound = new Outbound(telegram, Duration.ofSeconds(1));

    PacingTest() throws Exception {
    }

    @AfterEach
    void stop() {
        outbound.close();
        telegram.close();
    }

    @Test
    void aChatGetsABurstOfThreeAndTheFourthMessageWaitsForTheBucketInOrder() {
        // a first call opens the connection, so the first message is not slower on the way than the rest
        outbound.api.call(new GetMe());
        for (int i = 1; i <= 4; i++) {
            outbound.sink(LENA).send(Reply.Text.of("Antwort " + i));
        }

        List<RecordedCall> sent = telegram.calls("sendMessage");
        assertEquals(List.of("Antwort 1", "Antwort 2", "Antwort 3", "Antwort 4"), sent.stream().map(RecordedCall::text).toList());
        Duration afterBurst = Duration.between(sent.get(0).receivedAt(), sent.get(3).receivedAt());
        // one second at the queue; the way to the fake adds a little jitter
        assertTrue(afterBurst.toMillis() >= 850, "the fourth came " + afterBurst.toMillis() + " ms after the first");
    }

    @Test
    void aFloodWaitInOneChatHoldsOnlyThatChat() throws Exception {
        telegram.failNext("sendMessage", FakeFailure.tooManyRequests(2));
        CompletableFuture<Void> held = CompletableFuture.runAsync(() -> outbound.sink(LENA).send(Reply.Text.of("Für Lena")));
        telegram.await("sendMessage", 1);

        outbound.sink(TOM).send(Reply.Text.of("Für Tom"));
        held.get();

        List<String> order = telegram.calls("sendMessage").stream().map(RecordedCall::text).toList();
        assertEquals(List.of("Für Lena", "Für Tom", "Für Lena"), order);
        assertEquals(List.of("Für Lena"), telegram.chats().texts(LENA));
    }

    @Test
    void chatActionsNeverTakeAMessageToken() {
        for (int i = 0; i < 3; i++) {
            outbound.sink(LENA).working(de.sprechstunde.core.message.Activity.TYPING);
            outbound.sink(LENA).send(Reply.Text.of("Antwort " + i));
        }

        List<RecordedCall> sent = telegram.calls("sendMessage");
        assertEquals(3, sent.size());
        Duration burst = Duration.between(sent.get(0).receivedAt(), sent.get(2).receivedAt());
        assertTrue(burst.toMillis() < 900, "three answers with a chat action each are still one burst: " + burst.toMillis() + " ms");
    }
}
