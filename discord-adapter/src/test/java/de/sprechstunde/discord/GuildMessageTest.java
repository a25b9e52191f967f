package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.Payloads;
import de.sprechstunde.discord.fake.RecordedRequest;
import de.sprechstunde.discord.outbound.MutedChannels;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class GuildMessageTest extends OneRigPerClass {


    @Test
    void aMentionInAServerIsAnsweredAsAReplyWithoutTheMention() {
        rig.model.answer("Hallo! Schön, dass du da bist.");

        String asked = rig.discord.guildMessage(Payloads.GUILD_CHANNEL_ID, "5151", "Hallo Tutor!", true);

        RecordedRequest reply = rig.await("POST", "channels/" + Payloads.GUILD_CHANNEL_ID + "/messages",
                r -> r.json().path("message_reference").path("message_id").asText().equals(asked));
        assertTrue(reply.json().path("allowed_mentions").path("replied_user").isBoolean()
                && !reply.json().path("allowed_mentions").path("replied_user").asBoolean(), reply.json().toString());
        rig.await("PATCH", "channels/" + Payloads.GUILD_CHANNEL_ID + "/messages/\\d+",
                r -> r.content().equals("Hallo! Schön, dass du da bist."));
        assertTrue(rig.model.requests().stream().anyMatch(request ->
                request.messages().get(request.messages().size() - 1).content().equals("<learner>Hallo Tutor!</learner>")));
    }

    @Test
    void aReplyToOneOfTheBotsMessagesIsAnsweredWithoutAMention() {
        rig.model.answer("Genau, so sagt man das.");
        var message = rig.discord.guildMessageData(Payloads.GUILD_CHANNEL_ID, "5656", "Und wie sagt man 'dog'?");
        message.put("type", 19);
        message.putObject("message_reference").put("message_id", "1234").put("channel_id", Payloads.GUILD_CHANNEL_ID)
                .put("guild_id", Payloads.GUILD_ID);
        var referenced = rig.discord.guildMessageData(Payloads.GUILD_CHANNEL_ID, Payloads.BOT_ID, "Man sagt „die Katze“.");
        referenced.put("id", "1234").set("author", Payloads.load("user_me"));
        message.set("referenced_message", referenced);

        rig.discord.gateway().dispatch("MESSAGE_CREATE", message);

        rig.rest().await(r -> r.path().startsWith("channels/" + Payloads.GUILD_CHANNEL_ID + "/messages")
                && r.content().equals("Genau, so sagt man das."), DiscordRig.WAIT);
    }

    @Test
    void aServerMessageThatDoesNotMentionTheBotGetsNoReply() {
        String channel = FakeDiscord.nextId();
        int before = rig.channelCalls(Payloads.GUILD_CHANNEL_ID).size();

        rig.discord.guildMessage(Payloads.GUILD_CHANNEL_ID, "6161", "Wir treffen uns um acht.", false);
        // a DM sent afterwards is answered; gateway events arrive in order, so the guild message was seen first
        rig.discord.directMessage(channel, "6161", "Hallo!");
        rig.await("POST", "channels/" + channel + "/messages", r -> true);

        assertEquals(before, rig.channelCalls(Payloads.GUILD_CHANNEL_ID).size(), rig.rest().describe());
        assertTrue(rig.model.requests().stream().noneMatch(r -> r.messages().toString().contains("Wir treffen uns")));
    }

    @Test
    void aChannelWithoutSendPermissionIsLoggedOnceAndSkipped() {
        Logger logger = (Logger) LoggerFactory.getLogger(MutedChannels.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
        try {
            String channel = FakeDiscord.nextId();
            rig.discord.guildMessage(Payloads.SILENT_CHANNEL_ID, "7171", "Hallo?", true);
            rig.discord.guildMessage(Payloads.SILENT_CHANNEL_ID, "7171", "Hallo??", true);
            rig.discord.directMessage(channel, "7171", "Bist du da?");
            rig.await("POST", "channels/" + channel + "/messages", r -> true);

            assertEquals(List.of(), rig.channelCalls(Payloads.SILENT_CHANNEL_ID));
            long warnings = logs.list.stream().filter(e -> e.getFormattedMessage().contains(Payloads.SILENT_CHANNEL_ID)
                    && e.getLevel() == ch.qos.logback.classic.Level.WARN).count();
            assertEquals(1, warnings, logs.list.toString());
        } finally {
            logger.detachAppender(logs);
        }
    }
}
