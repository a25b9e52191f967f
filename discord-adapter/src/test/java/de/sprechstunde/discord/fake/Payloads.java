package de.sprechstunde.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The recorded real-shaped payloads in {@code src/test/resources/discord}, as fresh copies to fill in. */
public final class Payloads {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String BOT_ID = "1100000000000000000";
    public static final String GUILD_ID = "7000";
    public static final String GUILD_CHANNEL_ID = "7100";
    public static final String SILENT_CHANNEL_ID = "7200";

    private Payloads() {
    }

    public static ObjectNode load(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("/discord/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no payload " + name);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode user(String id, String name) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id).put("username", name.toLowerCase()).put("discriminator", "0").put("global_name", name).putNull("avatar");
        return user;
    }

    public static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
