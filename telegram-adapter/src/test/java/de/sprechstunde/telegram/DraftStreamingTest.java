package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.TextStream;
import de.sprechstunde.telegram.api.BackoffWait;
import de.sprechstunde.telegram.api.ChatRef;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.FakeChats;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.outbound.Destination;
import de.sprechstunde.telegram.support.Outbound;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streamed answers through the real telegrambots client: native drafts in private chats, edits in groups and as the fallback. */
class DraftStreamingTest {

    private static final long LENA = 4242;
    private static final long GROUP = -100777;

    private final FakeBotApi telegram = new FakeBotApi();
    private final Outbound outbound = new Outbound(telegram, Duration.ofSeconds(1), BackoffWait.REAL, true);

    DraftStreamingTest() throws Exception {
    }

    @AfterEach
    void stop() {
        outbound.close();
        telegram.close();
    }

    @Test
    void aPrivateChatSeesDraftsThatEndInExactlyOneFinalMessage() throws Exception {
        String answer = stream(outbound.sink(LENA).stream(), Duration.ofMillis(1800));

        List<FakeChats.Draft> drafts = telegram.chats().drafts(LENA);
        assertTrue(drafts.size() >= 2, drafts.toString());
        assertNotEquals(0, drafts.get(0).draftId());
        assertTrue(drafts.stream().allMatch(d -> d.draftId() == drafts.get(0).draftId()), "one draft animates: " + drafts);
        assertEquals(1, telegram.calls("sendMessage").size());
        assertEquals(0, telegram.calls("editMessageText").size());
        assertEquals(List.of(answer), telegram.chats().texts(LENA));
        List<RecordedCall> draftCalls = telegram.calls("sendMessageDraft");
        for (int i = 1; i < draftCalls.size(); i++) {
            Duration gap = Duration.between(draftCalls.get(i - 1).receivedAt(), draftCalls.get(i).receivedAt());
            // 500 ms apart when they leave; the way to the server adds some jitter
            assertTrue(gap.toMillis() >= 300, "drafts " + (i - 1) + " and " + i + " only " + gap.toMillis() + " ms apart");
        }
    }

    @Test
    void aGroupStreamsByEditingOneMessage() throws Exception {
        String answer = stream(outbound.sink(new Destination(ChatRef.of(GROUP), Optional.of(301))).stream(), Duration.ofMillis(800));

        assertEquals(0, telegram.calls("sendMessageDraft").size());
        assertEquals(1, telegram.calls("sendMessage").size());
        assertTrue(telegram.calls("editMessageText").size() >= 1, telegram.calls().toString());
        assertEquals(List.of(answer), telegram.chats().texts(GROUP));
    }

    @Test
    void aServerWithoutDraftsMakesEveryStreamUseEditsForTheRestOfTheProcess() throws Exception {
        telegram.forgetDrafts();

        String first = stream(outbound.sink(LENA).stream(), Duration.ofMillis(800));
        String second = stream(outbound.sink(5151).stream(), Duration.ofMillis(800));

        assertEquals(1, telegram.calls("sendMessageDraft").size(), "asked once, then never again");
        assertEquals(List.of(first), telegram.chats().texts(LENA));
        assertEquals(List.of(second), telegram.chats().texts(5151));
        assertEquals(2, telegram.calls("sendMessage").size());
        assertTrue(telegram.calls("editMessageText").size() >= 1, telegram.calls().toString());
    }

    /** Streams growing text for about {@code length}, then completes it; returns the final text. */
    private static String stream(TextStream stream, Duration length) throws InterruptedException {
        StringBuilder soFar = new StringBuilder("Hallo");
        Instant end = Instant.now().plus(length);
        for (int i = 0; Instant.now().isBefore(end); i++) {
            soFar.append(" Wort").append(i);
            stream.update(soFar.toString());
            Thread.sleep(40);
        }
        String answer = soFar + ".";
        stream.complete(Reply.Text.of(answer));
        return answer;
    }
}
