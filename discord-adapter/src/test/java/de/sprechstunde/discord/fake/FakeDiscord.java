package de.sprechstunde.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local Discord for the real JDA client: the REST fake and the gateway fake, one guild with a
 * text channel the bot may speak in and one it may not, and builders for the events a learner
 * causes (messages, voice messages, slash commands, button presses).
 */
public final class FakeDiscord implements AutoCloseable {

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final AtomicLong IDS = new AtomicLong();

    private final FakeDiscordRest rest = new FakeDiscordRest();
    private final List<ObjectNode> guilds = new CopyOnWriteArrayList<>(List.of(Payloads.load("guild_create")));
    private final FakeGateway gateway = new FakeGateway(() -> List.copyOf(guilds));

    public FakeDiscord() {
        gateway.startAndWait();
        rest.gatewayUrl(gateway.url());
        rest.onThreadCreated(thread -> gateway.dispatch("THREAD_CREATE", thread));
    }

    public FakeDiscordRest rest() {
        return rest;
    }

    public FakeGateway gateway() {
        return gateway;
    }

    /**
     * A fresh snowflake: the creation time in its upper bits, as Discord makes them. JDA reads an
     * interaction's age from its id and refuses to answer one older than 15 minutes.
     */
    public static String nextId() {
        return String.valueOf(((System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22) | (IDS.incrementAndGet() & 0x3FFFFF));
    }

    /** A learner writes in a DM channel. */
    public String directMessage(String channelId, String userId, String text) {
        ObjectNode message = message(channelId, userId, text);
        gateway.dispatch("MESSAGE_CREATE", message);
        return message.path("id").asText();
    }

    /** A learner writes in a guild channel, mentioning the bot or not. */
    public String guildMessage(String channelId, String userId, String text, boolean mentionBot) {
        ObjectNode message = guildMessageData(channelId, userId, mentionBot ? "<@" + Payloads.BOT_ID + "> " + text : text);
        if (mentionBot) {
            message.withArray("mentions").add(Payloads.load("user_me"));
        }
        gateway.dispatch("MESSAGE_CREATE", message);
        return message.path("id").asText();
    }

    /** A learner sends a voice message (flag 8192, with duration and waveform) in a DM. */
    public String voiceMessage(String channelId, String userId, String fileName, byte[] ogg, double seconds) {
        rest.serveAttachment(fileName, ogg);
        return voiceMessageNotServed(channelId, userId, fileName, ogg, seconds);
    }

    /** A voice message whose file the CDN no longer has (expired link, deleted message): downloads get 404. */
    public String voiceMessageNotServed(String channelId, String userId, String fileName, byte[] ogg, double seconds) {
        ObjectNode message = message(channelId, userId, "");
        message.put("flags", 8192);
        message.withArray("attachments").addObject().put("id", nextId()).put("filename", fileName)
                .put("size", ogg.length).put("url", rest.attachmentUrl(fileName)).put("proxy_url", rest.attachmentUrl(fileName))
                .put("content_type", "audio/ogg").put("duration_secs", seconds).put("waveform", "AAAAAAAAAAAA").put("flags", 0);
        gateway.dispatch("MESSAGE_CREATE", message);
        return message.path("id").asText();
    }

    /** A learner sends a sticker-only or image-only message in a DM. */
    public String imageMessage(String channelId, String userId) {
        ObjectNode message = message(channelId, userId, "");
        message.withArray("attachments").addObject().put("id", nextId()).put("filename", "katze.png").put("size", 2048)
                .put("url", rest.attachmentUrl("katze.png")).put("proxy_url", rest.attachmentUrl("katze.png"))
                .put("content_type", "image/png").put("width", 64).put("height", 64);
        gateway.dispatch("MESSAGE_CREATE", message);
        return message.path("id").asText();
    }

    /** A slash command in a DM; options are name → string value. Returns the interaction id. */
    public String slashCommandInDm(String channelId, String userId, String token, String name, Map<String, String> options) {
        ObjectNode interaction = interaction(channelId, userId, token);
        interaction.put("type", 2);
        ObjectNode data = interaction.putObject("data").put("id", nextId()).put("name", name).put("type", 1);
        ArrayNode list = data.putArray("options");
        options.forEach((option, value) -> list.addObject().put("name", option).put("type", 3).put("value", value));
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return interaction.path("id").asText();
    }

    /** A slash command in the guild's text channel. */
    public String slashCommandInGuild(String channelId, String userId, String token, String name) {
        ObjectNode interaction = interaction(channelId, userId, token);
        interaction.put("type", 2).put("guild_id", Payloads.GUILD_ID).put("context", 0).put("app_permissions", "311385230336");
        // Discord sends a partial guild with every guild interaction; JDA treats one without it as a DM
        interaction.putObject("guild").put("id", Payloads.GUILD_ID).put("locale", "de").putArray("features");
        interaction.remove("user");
        ObjectNode member = interaction.putObject("member");
        member.set("user", Payloads.user(userId, "Lena"));
        member.putArray("roles");
        member.put("joined_at", "2025-01-01T12:00:00.000000+00:00").put("deaf", false).put("mute", false).put("flags", 0)
                .put("permissions", "1071698660929");
        interaction.putObject("channel").put("id", channelId).put("type", 0).put("guild_id", Payloads.GUILD_ID)
                .put("name", "deutsch-üben").put("position", 0).putArray("permission_overwrites");
        interaction.putObject("data").put("id", nextId()).put("name", name).put("type", 1);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return interaction.path("id").asText();
    }

    /** A learner presses a button under one of the bot's DM messages. */
    public String buttonPress(String channelId, String userId, String token, String messageId, String customId) {
        ObjectNode interaction = interaction(channelId, userId, token);
        interaction.put("type", 3);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        ObjectNode message = message(channelId, Payloads.BOT_ID, "Wähle:");
        message.put("id", messageId).set("author", Payloads.load("user_me"));
        interaction.set("message", message);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return interaction.path("id").asText();
    }

    public ObjectNode guildMessageData(String channelId, String userId, String content) {
        ObjectNode message = message(channelId, userId, content);
        message.put("guild_id", Payloads.GUILD_ID);
        ObjectNode member = message.putObject("member");
        member.putArray("roles");
        member.put("joined_at", "2025-01-01T12:00:00.000000+00:00").put("deaf", false).put("mute", false).put("flags", 0);
        return message;
    }

    private ObjectNode interaction(String channelId, String userId, String token) {
        rest.interactionChannel(token, channelId);
        ObjectNode interaction = Payloads.load("interaction_create");
        interaction.put("id", nextId()).put("token", token).put("channel_id", channelId);
        interaction.set("user", Payloads.user(userId, "Lena"));
        ObjectNode channel = interaction.putObject("channel").put("id", channelId).put("type", 1);
        channel.putArray("recipients").add(Payloads.user(userId, "Lena"));
        return interaction;
    }

    private static ObjectNode message(String channelId, String userId, String content) {
        ObjectNode message = Payloads.load("message_create");
        message.put("id", nextId()).put("channel_id", channelId).put("content", content);
        message.set("author", Payloads.user(userId, "Lena"));
        return message;
    }

    @Override
    public void close() {
        gateway.stopQuietly();
        rest.close();
    }
}
