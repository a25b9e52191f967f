package de.sprechstunde.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The update queue behind getUpdates: an offset confirms (drops) every earlier update, only
 * {@code update_id >= offset} is returned, allowed_updates filters kinds, and an empty queue holds
 * the request open for up to {@code timeout} seconds.
 */
final class FakeUpdates {

    private final ObjectMapper json;
    private final List<ObjectNode> pending = new ArrayList<>();
    private int nextId = 1;
    private long confirmed;
    private boolean closed;

    FakeUpdates(ObjectMapper json) {
        this.json = json;
    }

    synchronized int enqueue(ObjectNode update) {
        ObjectNode numbered = update.deepCopy();
        numbered.put("update_id", nextId);
        // the fixtures were recorded long ago; a message Telegram hands over now was sent just now
        if (numbered.path("message").has("date")) {
            ((ObjectNode) numbered.get("message")).put("date", System.currentTimeMillis() / 1000);
        }
        pending.add(numbered);
        notifyAll();
        return nextId++;
    }

    synchronized long confirmedOffset() {
        return confirmed;
    }

    synchronized ArrayNode poll(JsonNode params) {
        long offset = params.path("offset").asLong(0);
        int limit = params.path("limit").asInt(100);
        long timeoutMillis = params.path("timeout").asLong(0) * 1000;
        List<String> allowed = new ArrayList<>();
        params.path("allowed_updates").forEach(kind -> allowed.add(kind.asText()));
        if (offset > 0) {
            confirmed = Math.max(confirmed, offset);
            pending.removeIf(update -> update.get("update_id").asLong() < offset);
        }
        pending.removeIf(update -> !allowed.isEmpty() && !allowed.contains(kindOf(update)));
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (pending.isEmpty() && !closed && System.currentTimeMillis() < deadline) {
            try {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ArrayNode result = json.createArrayNode();
        pending.stream().limit(limit).forEach(result::add);
        return result;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private static String kindOf(ObjectNode update) {
        Iterator<String> names = update.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("update_id")) {
                return name;
            }
        }
        return "";
    }
}
