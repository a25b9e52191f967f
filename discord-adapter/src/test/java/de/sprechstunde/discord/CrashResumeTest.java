package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.InMemoryMessageLedger;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.testing.GatedChatModel;
import de.sprechstunde.discord.fake.Payloads;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A bot that dies while its answer streams, and a second bot on the same ledger and the same
 * Discord, over the real JDA client: the replay finishes the answer in the message the first one
 * left, so the channel (a DM or a guild channel) holds one complete answer and no second message.
 */
class CrashResumeTest {

    private static final String ANSWER = "Gern! Im Perfekt steht das Hilfsverb an zweiter Stelle und das Partizip am Ende:"
            + " Ich bin gestern nach Berlin gefahren. Jetzt du: Was hast du am Wochenende gemacht?";

    private final MessageLedger ledger = new InMemoryMessageLedger(Duration.ofDays(2), 1000, Clock.systemUTC());

    @Test
    void aDirectMessageAnswerStreamingWhenTheBotDiedIsFinishedInTheSameMessageAfterTheRestart() throws Exception {
        // the learner's DM channel, as Discord (and the fake) opens it again for the replay
        String channel = "8" + "5656";
        crashMidStreamAndRestart(channel, rig -> rig.discord.directMessage(channel, "5656", "Wie bildet man das Perfekt?"));
    }

    @Test
    void aGuildChannelAnswerStreamingWhenTheBotDiedIsFinishedInTheSameMessageAfterTheRestart() throws Exception {
        String channel = Payloads.GUILD_CHANNEL_ID;
        crashMidStreamAndRestart(channel, rig -> rig.discord.guildMessage(channel, "5757", "Wie bildet man das Perfekt?", true));
    }

    private void crashMidStreamAndRestart(String channel, Consumer<DiscordRig> learnerWrites) throws Exception {
        GatedChatModel stuck = new GatedChatModel(ANSWER, 14);
        DiscordRig first = DiscordRig.startWithModel(ledger, stuck);
        try {
            learnerWrites.accept(first);
            stuck.awaitStarted();
            Map<String, String> fragment = await(first, channel, shown -> shown.size() == 1);
            String preview = fragment.values().iterator().next();
            assertTrue(ANSWER.startsWith(preview.strip()) && !preview.equals(ANSWER), preview);
            awaitRecorded();

            first.crash();
            try (DiscordRig second = DiscordRig.restartOn(first, ANSWER)) {
                Map<String, String> shown = await(second, channel, messages -> List.copyOf(messages.values()).equals(List.of(ANSWER)));

                assertEquals(fragment.keySet(), shown.keySet(), "the same message, edited: " + second.rest().describe());
                assertEquals(1, second.rest().requests("POST", "channels/" + channel + "/messages").size(), "no second message");
            }
        } finally {
            first.buryCrashed();
        }
    }

    private void awaitRecorded() throws InterruptedException {
        for (int i = 0; i < 1500; i++) {
            if (ledger.pending(Platform.DISCORD).stream().anyMatch(p -> !p.showing().isEmpty())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the preview's message id was never recorded: " + ledger.pending(Platform.DISCORD));
    }

    private static Map<String, String> await(DiscordRig rig, String channel, Predicate<Map<String, String>> condition)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + DiscordRig.WAIT.toMillis();
        Map<String, String> shown = rig.rest().channelMessages(channel);
        while (!condition.test(shown) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            shown = rig.rest().channelMessages(channel);
        }
        assertTrue(condition.test(shown), "the channel shows " + shown + "\n" + rig.rest().describe());
        return shown;
    }
}
