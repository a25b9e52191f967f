package de.sprechstunde.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import de.sprechstunde.core.testing.MultipartForm;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Reads a Bot API request the ways Telegram accepts it: JSON, multipart, form or query string. */
final class FakeRequests {

    private FakeRequests() {
    }

    static RecordedCall read(HttpExchange exchange, String method, ObjectMapper json) throws IOException {
        Instant at = Instant.now();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        ObjectNode params = json.createObjectNode();
        Map<String, byte[]> files = new HashMap<>();
        if (type.startsWith("application/json") && body.length > 0) {
            params.setAll((ObjectNode) json.readTree(body));
        } else if (type.startsWith("multipart/form-data")) {
            for (MultipartForm.Part part : MultipartForm.parse(type, body)) {
                if (part.fileName() != null) {
                    files.put(part.name(), part.content());
                } else {
                    params.set(part.name(), value(json, part.text()));
                }
            }
        } else {
            form(new String(body, StandardCharsets.UTF_8), params);
        }
        form(exchange.getRequestURI().getRawQuery(), params);
        return new RecordedCall(method, params, Map.copyOf(files), at);
    }

    /** Multipart fields carry objects and arrays as JSON text. */
    private static JsonNode value(ObjectMapper json, String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return json.readTree(trimmed);
            } catch (IOException e) {
                // not JSON after all: keep the text
            }
        }
        return json.getNodeFactory().textNode(text);
    }

    private static void form(String encoded, ObjectNode params) {
        if (encoded == null || encoded.isBlank()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
    }
}
