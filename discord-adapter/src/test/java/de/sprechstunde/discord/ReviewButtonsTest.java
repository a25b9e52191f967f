package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.memory.InMemoryCardStore;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A review over Discord: the question and verdict in the DM, the rating as buttons, a second press harmless. */
class ReviewButtonsTest {

    private final InMemoryCardStore cards = new InMemoryCardStore();
    private final DiscordRig rig = DiscordRig.start(builder -> builder.cardStore(cards));

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aCardIsAnsweredInTheDmAndRatedWithAButtonOnce() {
        String channel = FakeDiscord.nextId();
        String user = "7171";
        LearnerId learner = new LearnerId(Platform.DISCORD, user);
        rig.discord.directMessage(channel, user, "/add Ich bin gestern gefahren.");
        posted(channel, "Added");
        rig.discord.directMessage(channel, user, "/review");
        posted(channel, "Card 1 of 1");

        rig.discord.directMessage(channel, user, "gefahren");
        RecordedRequest verdict = posted(channel, "Right!");
        List<String> buttons = verdict.json().findValues("custom_id").stream().map(JsonNode::asText).toList();
        Card card = cards.newest(learner, 1).get(0);
        assertTrue(buttons.contains("cmd:/rate " + card.id() + " 0 good"), buttons.toString());

        String token = "token-rate-" + FakeDiscord.nextId();
        String press = rig.discord.buttonPress(channel, user, token, FakeDiscord.nextId(), "cmd:/rate " + card.id() + " 0 good");
        rig.await("POST", "interactions/" + press + "/" + token + "/callback", r -> true);
        rig.rest().await(r -> r.content().contains("Session done: 1 of 1 right."), DiscordRig.WAIT);
        assertEquals(1, cards.find(learner, card.id()).orElseThrow().schedule().reviews());

        String again = "token-again-" + FakeDiscord.nextId();
        String second = rig.discord.buttonPress(channel, user, again, FakeDiscord.nextId(), "cmd:/rate " + card.id() + " 0 good");
        rig.rest().await(r -> r.path().contains(again) && r.content().contains("already rated"), DiscordRig.WAIT);
        assertEquals(1, cards.find(learner, card.id()).orElseThrow().schedule().reviews());
        assertTrue(second != null);
    }

    private RecordedRequest posted(String channel, String fragment) {
        return rig.rest().await(r -> r.path().startsWith("channels/" + channel + "/messages") && r.content().contains(fragment),
                DiscordRig.WAIT);
    }
}
