package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.RecordedRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class SlashCommandTest extends OneRigPerClass {

    private static final int EPHEMERAL = 64;


    @Test
    void theSlashCommandsAreRegisteredAtStartWithAdminCommandsHidden() {
        RecordedRequest put = rig.await("PUT", "applications/" + "1100000000000000000" + "/commands", r -> true);

        Map<String, JsonNode> commands = new HashMap<>();
        put.json().forEach(c -> commands.put(c.path("name").asText(), c));
        assertTrue(commands.keySet().containsAll(List.of("level", "mode", "voice", "reset", "forget", "help", "practice", "health", "stats")),
                commands.keySet().toString());
        assertEquals("0", commands.get("health").path("default_member_permissions").asText());
        assertEquals("0", commands.get("stats").path("default_member_permissions").asText());
        assertTrue(commands.get("level").path("default_member_permissions").isNull());
        List<String> levels = StreamSupport.stream(commands.get("level").path("options").get(0).path("choices").spliterator(), false)
                .map(c -> c.path("value").asText()).toList();
        assertEquals(List.of("A1", "A2", "B1", "B2", "C1", "C2"), levels);
        assertEquals(List.of(0), StreamSupport.stream(commands.get("practice").path("contexts").spliterator(), false)
                .map(JsonNode::asInt).toList());
    }

    @Test
    void aSlashCommandIsAnsweredThroughItsInteraction() {
        String token = "token-level-" + FakeDiscord.nextId();

        String id = rig.discord.slashCommandInDm(FakeDiscord.nextId(), "4343", token, "level", Map.of("level", "B1"));

        RecordedRequest callback = rig.await("POST", "interactions/" + id + "/" + token + "/callback", r -> true);
        assertEquals(4, callback.json().path("type").asInt());
        assertTrue(callback.content().contains("*B1*"), callback.content());
        assertEquals(0, callback.json().path("data").path("flags").asInt(0) & EPHEMERAL);
        assertEquals(CefrLevel.B1, rig.levelOf("4343"));
    }

    @Test
    void aRedeliveredInteractionIsAnsweredOnceAndTheCopyIsClosedQuietly() {
        String token = "token-twice-" + FakeDiscord.nextId();
        String id = rig.discord.slashCommandInDm(FakeDiscord.nextId(), "4646", token, "reset", Map.of());
        rig.await("POST", "interactions/" + id + "/" + token + "/callback", r -> true);

        rig.discord.gateway().redeliverLast("INTERACTION_CREATE");

        RecordedRequest copy = rig.rest().await(r -> r.is("POST", "interactions/" + id + "/" + token + "/callback")
                && r.content().equals("✓"), DiscordRig.WAIT);
        assertEquals(EPHEMERAL, copy.json().path("data").path("flags").asInt() & EPHEMERAL);
        assertEquals(2, rig.rest().requests("POST", "interactions/" + id + "/" + token + "/callback").size());
    }

    @Test
    void aNonAdminCallingHealthIsRefusedEphemerally() {
        String token = "token-health-" + FakeDiscord.nextId();

        String id = rig.discord.slashCommandInDm(FakeDiscord.nextId(), "4444", token, "health", Map.of());

        RecordedRequest callback = rig.await("POST", "interactions/" + id + "/" + token + "/callback", r -> true);
        assertTrue(callback.content().contains("only for the bot's admins"), callback.toString());
        assertEquals(EPHEMERAL, callback.json().path("data").path("flags").asInt() & EPHEMERAL);
        assertFalse(callback.content().contains("Health:"));
    }

    @Test
    void anAdminGetsHealthOnlyThemselvesCanSee() {
        String token = "token-admin-" + FakeDiscord.nextId();

        String id = rig.discord.slashCommandInDm(FakeDiscord.nextId(), DiscordRig.ADMIN, token, "health", Map.of());

        RecordedRequest answer = rig.rest().await(r -> r.path().startsWith("interactions/" + id + "/" + token)
                || r.path().startsWith("webhooks/1100000000000000000/" + token), DiscordRig.WAIT);
        RecordedRequest content = answer.json().path("type").asInt() == 5
                ? rig.await("PATCH", "webhooks/\\d+/" + token + "/messages/@original", r -> true) : answer;
        assertTrue(content.content().contains("Health:"), content.toString());
        assertEquals(EPHEMERAL, answer.json().path("data").path("flags").asInt() & EPHEMERAL, answer.toString());
    }

    @Test
    void choicesBecomeButtonsAndAPressSendsTheirCommand() {
        String channel = FakeDiscord.nextId();
        String token = "token-buttons-" + FakeDiscord.nextId();
        String id = rig.discord.slashCommandInDm(channel, "4545", token, "level", Map.of());

        RecordedRequest callback = rig.await("POST", "interactions/" + id + "/" + token + "/callback", r -> true);
        List<String> customIds = callback.json().findValues("custom_id").stream().map(JsonNode::asText).toList();
        assertTrue(customIds.contains("cmd:/level C1"), callback.toString());

        String press = "token-press-" + FakeDiscord.nextId();
        String pressId = rig.discord.buttonPress(channel, "4545", press, FakeDiscord.nextId(), "cmd:/level C1");

        RecordedRequest pressed = rig.await("POST", "interactions/" + pressId + "/" + press + "/callback", r -> true);
        assertTrue(pressed.content().contains("*C1*"), pressed.toString());
        assertEquals(CefrLevel.C1, rig.levelOf("4545"));
    }
}
