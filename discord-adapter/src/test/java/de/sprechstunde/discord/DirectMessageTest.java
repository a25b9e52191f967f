package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectMessageTest extends OneRigPerClass {


    @Test
    void jdaLogsInWithTheTokenAndOnlyTheIntentsTheTutorNeeds() {
        JsonNode identify = rig.discord.gateway().awaitReceived(2, 1, DiscordRig.WAIT).get(0).path("d");

        assertEquals(DiscordRig.TOKEN, identify.path("token").asText());
        int guilds = 1;
        int guildMessages = 1 << 9;
        int directMessages = 1 << 12;
        int messageContent = 1 << 15;
        assertEquals(guilds | guildMessages | directMessages | messageContent, identify.path("intents").asInt());
        assertTrue(rig.discord.gateway().connectUrls().get(0).contains("compress=zlib-stream"),
                "the fake speaks JDA's default zlib-stream: " + rig.discord.gateway().connectUrls());
        assertEquals("Bot " + DiscordRig.TOKEN, rig.rest().requests("GET", "users/@me").get(0).headers().get("authorization"));
    }

    @Test
    void aDirectMessageIsAnsweredInTheSameChannel() {
        String channel = FakeDiscord.nextId();
        rig.model.answer("Man sagt „die Katze“. Hast du eine Katze?");

        rig.discord.directMessage(channel, "4242", "Wie sagt man 'cat'?");

        RecordedRequest last = rig.rest().await(r -> r.path().startsWith("channels/" + channel + "/messages")
                && r.content().equals("Man sagt „die Katze“. Hast du eine Katze?"), DiscordRig.WAIT);
        assertTrue(last.json().path("allowed_mentions").path("parse").isEmpty(), "no pings through the bot: " + last.json());
        assertEquals("<learner>Wie sagt man 'cat'?</learner>", lastUserTurn());
        List<RecordedRequest> calls = rig.channelCalls(channel);
        assertEquals("POST", calls.get(0).method(), "the answer starts as a new message: " + calls);
        assertEquals(1, rig.rest().requests("POST", "channels/" + channel + "/typing").size(), "typing… while the model works");
        assertTrue(calls.stream().allMatch(r -> r.content().length() <= 2000));
    }

    @Test
    void aLongAnswerArrivesAsTwoMessagesNoneOverTheLimit() {
        String channel = FakeDiscord.nextId();
        StringBuilder answer = new StringBuilder();
        for (int i = 1; answer.length() < 3000; i++) {
            answer.append("Satz ").append(i).append(": Ich lerne jeden Tag ein bisschen mehr Deutsch. ");
        }
        String expected = answer.toString().strip();
        rig.model.answer(expected);

        rig.discord.directMessage(channel, "4242", "Erzähl mir eine lange Geschichte.");

        RecordedRequest second = rig.rest().await(r -> r.is("POST", "channels/" + channel + "/messages")
                && r.content().endsWith(expected.substring(expected.length() - 40)), DiscordRig.WAIT);
        List<RecordedRequest> posts = rig.channelCalls(channel).stream().filter(r -> r.method().equals("POST")).toList();
        assertEquals(2, posts.size(), rig.rest().describe());
        assertTrue(rig.channelCalls(channel).stream().allMatch(r -> r.content().length() <= 2000), rig.rest().describe());
        RecordedRequest first = rig.channelCalls(channel).stream()
                .filter(r -> r.method().equals("PATCH") && !r.content().endsWith("…")).reduce((a, b) -> b).orElseThrow();
        assertEquals(expected, first.content() + " " + second.content());
        assertTrue(first.content().endsWith("Deutsch."), "cut between sentences, not inside a word: " + first.content());
    }

    @Test
    void anImageIsExplainedNotIgnored() {
        String channel = FakeDiscord.nextId();

        rig.discord.imageMessage(channel, "4242");

        RecordedRequest reply = rig.await("POST", "channels/" + channel + "/messages", r -> true);
        assertTrue(reply.content().contains("image"), reply.content());
    }

    private String lastUserTurn() {
        var messages = rig.model.lastRequest().messages();
        return messages.get(messages.size() - 1).content();
    }
}
