package de.sprechstunde.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One REST call the bot made to the fake Discord.
 *
 * @param method  GET, POST, PATCH, PUT, DELETE
 * @param path    the path below the API base, e.g. {@code channels/3000/messages}
 * @param query   the raw query string, or empty
 * @param headers request headers, names in lower case
 * @param json    the JSON body (for multipart: the {@code payload_json} part), or null
 * @param parts   multipart parts, empty for JSON bodies
 */
public record RecordedRequest(String method, String path, String query, Map<String, String> headers, JsonNode json, List<Part> parts) {

    /** One part of a multipart body. */
    public record Part(String name, String filename, String contentType, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public boolean is(String expectedMethod, String pathRegex) {
        return method.equals(expectedMethod) && path.matches(pathRegex);
    }

    public Optional<Part> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The message content this call sent or set, or empty. */
    public String content() {
        if (json == null) {
            return "";
        }
        JsonNode data = json.has("data") ? json.get("data") : json;
        return data.path("content").asText("");
    }

    @Override
    public String toString() {
        return method + " " + path + (json == null ? "" : " " + json) + (parts.isEmpty() ? "" : " parts=" + parts.stream().map(Part::name).toList());
    }
}
