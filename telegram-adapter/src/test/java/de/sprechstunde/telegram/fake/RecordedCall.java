package de.sprechstunde.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One request the fake Bot API received, as sent.
 *
 * @param method     the method name as it appeared in the path (any case)
 * @param params     the JSON body, or the multipart fields (JSON-valued fields parsed)
 * @param files      multipart file parts by part name
 * @param receivedAt when it arrived
 */
public record RecordedCall(String method, JsonNode params, Map<String, byte[]> files, Instant receivedAt) {

    public boolean is(String name) {
        return method.equalsIgnoreCase(name);
    }

    public String param(String name) {
        JsonNode value = params.get(name);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    /** The chat_id sent, or 0 for calls without one. */
    public long chatId() {
        String chat = param("chat_id");
        return chat == null ? 0 : Long.parseLong(chat);
    }

    public String text() {
        return param("text");
    }

    @Override
    public String toString() {
        return method + " " + params;
    }
}
