package de.sprechstunde.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Recorded real-shaped updates from {@code src/test/resources/updates/<name>.json}, with fields
 * changed by dotted path, e.g. {@code Updates.of("private-text").set("message.text", "Hallo")}.
 */
public final class Updates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode update;

    private Updates(ObjectNode update) {
        this.update = update;
    }

    public static Updates of(String name) {
        try (InputStream in = Updates.class.getResourceAsStream("/updates/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no update fixture " + name);
            }
            return new Updates((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Updates set(String path, Object value) {
        String[] keys = path.split("\\.");
        ObjectNode node = update;
        for (int i = 0; i < keys.length - 1; i++) {
            node = (ObjectNode) node.get(keys[i]);
        }
        String key = keys[keys.length - 1];
        if (value instanceof Number number) {
            node.put(key, number.longValue());
        } else if (value instanceof JsonNode json) {
            node.set(key, json);
        } else {
            node.put(key, String.valueOf(value));
        }
        return this;
    }

    public ObjectNode node() {
        return update.deepCopy();
    }

    /** The update as a webhook body, with an update_id. */
    public byte[] asWebhookBody(int updateId) {
        ObjectNode body = node();
        body.put("update_id", updateId);
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
