package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.practice.InMemoryPracticeThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ShardingTest {

    @Test
    void withDiscordShardsSetTheShardManagerLogsInEveryShardAndAnswersOnShardZero() throws InterruptedException {
        ScriptedChatModel model = new ScriptedChatModel().answer("Hallo aus Shard null!");
        try (FakeDiscord discord = new FakeDiscord();
             TutorBot bot = new TutorBotBuilder(model).build();
             DiscordAdapter adapter = DiscordAdapter.start(DiscordRig.settings(discord).withShards(OptionalInt.of(2)), bot,
                     Clock.systemUTC(), new InMemoryPracticeThreads())) {
            List<JsonNode> identifies = discord.gateway().awaitReceived(2, 2, DiscordRig.WAIT);
            assertEquals(List.of("[0,2]", "[1,2]"), identifies.stream().map(i -> i.path("d").path("shard").toString()).sorted().toList());
            assertEquals(1, discord.rest().requests("GET", "gateway/bot").size(), "the shard manager asked for the gateway once");
            assertEquals(ComponentHealth.Status.UP, adapter.health().check().status());

            String channel = FakeDiscord.nextId();
            discord.directMessage(channel, "4242", "Hallo!");

            discord.rest().await(r -> r.path().startsWith("channels/" + channel + "/messages")
                    && r.content().equals("Hallo aus Shard null!"), Duration.ofSeconds(30));
        }
    }
}
