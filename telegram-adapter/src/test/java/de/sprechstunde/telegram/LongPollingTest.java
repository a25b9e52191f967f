package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LongPollingTest {

    private TelegramHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void startUpDeletesTheWebhookThenPollsForTheUpdateKindsTheTutorUses() throws Exception {
        harness = new TelegramHarness().start();

        RecordedCall poll = harness.telegram.await("getUpdates", 1).get(0);

        List<String> methods = harness.telegram.calls().stream().map(RecordedCall::method).toList();
        assertTrue(methods.indexOf("getMe") < methods.indexOf("deleteWebhook"), methods.toString());
        assertTrue(methods.indexOf("deleteWebhook") < methods.indexOf("getupdates"), methods.toString());
        assertEquals("[\"message\",\"edited_message\",\"callback_query\",\"my_chat_member\"]", poll.param("allowed_updates"));
        assertEquals("1", poll.param("timeout"));
    }

    @Test
    void aPrivateTextIsAnsweredInTheSameChat() throws Exception {
        harness = new TelegramHarness().start();
        harness.model.answer("Hallo Lena! Wie geht es dir heute?");

        harness.telegram.enqueue(Updates.of("private-text").node());

        harness.telegram.awaitChat(4242, texts -> texts.contains("Hallo Lena! Wie geht es dir heute?"));
        assertEquals("<learner>Hallo!</learner>", lastUserMessage());
    }

    @Test
    void anUpdateWithAFieldFromANewerBotApiIsStillHandled() throws Exception {
        harness = new TelegramHarness().start();
        var update = Updates.of("private-text").node();
        update.putObject("future_field").put("x", 1);

        harness.telegram.enqueue(update);

        harness.telegram.awaitChat(4242, texts -> texts.size() == 1);
    }

    @Test
    void healthIsUpWhilePollingAndDegradedOnceReceivingStopped() throws Exception {
        harness = new TelegramHarness().start();

        ComponentHealth running = harness.adapter().health().check();
        harness.adapter().stopReceiving();
        ComponentHealth stopped = harness.adapter().health().check();

        assertEquals(ComponentHealth.Status.UP, running.status());
        assertEquals("@SprechstundeBot via polling", running.summary());
        assertEquals(ComponentHealth.Status.DEGRADED, stopped.status());
    }

    private String lastUserMessage() {
        var messages = harness.model.lastRequest().messages();
        return messages.get(messages.size() - 1).content();
    }
}
