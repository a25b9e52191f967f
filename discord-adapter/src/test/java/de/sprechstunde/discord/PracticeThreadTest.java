package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.Payloads;
import de.sprechstunde.discord.fake.RecordedRequest;
import org.junit.jupiter.api.Test;

class PracticeThreadTest extends OneRigPerClass {


    @Test
    void practiceOpensAThreadWhereEveryMessageOfTheLearnerIsAnswered() {
        String token = "token-practice-" + FakeDiscord.nextId();
        String id = rig.discord.slashCommandInGuild(Payloads.GUILD_CHANNEL_ID, "5252", token, "practice");

        RecordedRequest created = rig.await("POST", "channels/" + Payloads.GUILD_CHANNEL_ID + "/threads", r -> true);
        assertEquals(11, created.json().path("type").asInt(), "a public thread");
        assertTrue(created.json().path("name").asText().contains("Lena"), created.toString());
        RecordedRequest deferred = rig.await("POST", "interactions/" + id + "/" + token + "/callback", r -> true);
        assertEquals(5, deferred.json().path("type").asInt());
        String thread = rig.practiceThreads.toString().isEmpty() ? "" : threadId();
        rig.await("PUT", "channels/" + thread + "/thread-members/5252", r -> true);
        RecordedRequest welcome = rig.await("POST", "channels/" + thread + "/messages", r -> true);
        assertTrue(welcome.content().contains("<@5252>"), welcome.content());
        rig.await("PATCH", "webhooks/\\d+/" + token + "/messages/@original", r -> r.content().contains("<#" + thread + ">"));

        rig.model.answer("Super, los geht's!");
        rig.discord.gateway().dispatch("MESSAGE_CREATE", threadMessage(thread, "5252", "Ich möchte üben."));

        rig.rest().await(r -> r.path().startsWith("channels/" + thread + "/messages") && r.content().equals("Super, los geht's!"), DiscordRig.WAIT);
    }

    @Test
    void othersInAPracticeThreadAreAnsweredOnlyWhenTheyMentionTheBot() {
        String token = "token-practice-" + FakeDiscord.nextId();
        rig.discord.slashCommandInGuild(Payloads.GUILD_CHANNEL_ID, "5353", token, "practice");
        rig.await("PATCH", "webhooks/\\d+/" + token + "/messages/@original", r -> true);
        String thread = threadIdOf("5353");
        // the welcome may still be on its way: count from after it
        rig.await("POST", "channels/" + thread + "/messages", r -> r.content().contains("<@5353>"));
        int before = rig.channelCalls(thread).size();

        rig.discord.gateway().dispatch("MESSAGE_CREATE", threadMessage(thread, "5454", "Darf ich mitmachen?"));
        String dm = FakeDiscord.nextId();
        rig.discord.directMessage(dm, "5454", "Hallo!");
        rig.await("POST", "channels/" + dm + "/messages", r -> true);

        assertEquals(before, rig.channelCalls(thread).size(), rig.rest().describe());
    }

    private ObjectNode threadMessage(String thread, String userId, String text) {
        ObjectNode message = rig.discord.guildMessageData(thread, userId, text);
        return message;
    }

    private String threadId() {
        return threadIdOf("5252");
    }

    private String threadIdOf(String learner) {
        RecordedRequest member = rig.rest().await(r -> r.is("PUT", "channels/\\d+/thread-members/" + learner), DiscordRig.WAIT);
        return member.path().split("/")[1];
    }
}
