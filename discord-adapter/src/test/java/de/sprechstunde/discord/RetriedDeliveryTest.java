package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.discord.fake.FakeDiscord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Replies through Discord's 5xx answers: retried (by JDA, then by the sink) until they arrive, once. */
class RetriedDeliveryTest {

    @ParameterizedTest(name = "{0} three times")
    @ValueSource(ints = {502, 500})
    void aMessageCreateAnsweringAServerErrorThreeTimesArrivesOnce(int status) {
        // JDA retries 502-504 itself; a 500 is retried by the sink
        try (DiscordRig rig = DiscordRig.start()) {
            String channel = FakeDiscord.nextId();
            rig.rest().failNext("POST", "channels/" + channel + "/messages", status, 3);
            rig.model.answer("Trotzdem angekommen.");

            rig.discord.directMessage(channel, "5252", "Hallo!");

            awaitShown(rig, channel, List.of("Trotzdem angekommen."));
            assertEquals(4, rig.rest().requests("POST", "channels/" + channel + "/messages").size());
        }
    }

    @Test
    void anEditAnswering500ThreeTimesStillEndsAsOneCompleteMessage() {
        try (DiscordRig rig = DiscordRig.start()) {
            String channel = FakeDiscord.nextId();
            rig.rest().failNext("PATCH", "channels/" + channel + "/messages/\\d+", 500, 3);
            String answer = "Gern erkläre ich dir den Unterschied zwischen seit und seitdem, mit Beispielen aus dem Alltag.";
            rig.model.answer(answer);

            rig.discord.directMessage(channel, "5454", "seit oder seitdem?");

            awaitShown(rig, channel, List.of(answer));
        }
    }

    private static void awaitShown(DiscordRig rig, String channel, List<String> expected) {
        long deadline = System.currentTimeMillis() + DiscordRig.WAIT.toMillis();
        Map<String, String> shown = rig.rest().channelMessages(channel);
        while (!List.copyOf(shown.values()).equals(expected) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            shown = rig.rest().channelMessages(channel);
        }
        assertEquals(expected, List.copyOf(shown.values()), rig.rest().describe());
    }
}
