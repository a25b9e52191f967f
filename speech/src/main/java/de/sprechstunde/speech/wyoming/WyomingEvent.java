package de.sprechstunde.speech.wyoming;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One Wyoming protocol event: a type, a JSON data object and an optional binary payload (audio).
 *
 * @param type    e.g. {@code synthesize}, {@code audio-chunk}, {@code error}
 * @param data    the event's data; empty object when there is none
 * @param payload the binary payload; empty when there is none
 */
public record WyomingEvent(String type, ObjectNode data, byte[] payload) {

    public WyomingEvent {
        Objects.requireNonNull(type, "type");
        data = data == null ? JsonNodeFactory.instance.objectNode() : data;
        payload = payload == null ? new byte[0] : payload;
    }

    public static WyomingEvent of(String type, ObjectNode data) {
        return new WyomingEvent(type, data, null);
    }

    public static WyomingEvent of(String type) {
        return new WyomingEvent(type, null, null);
    }

    public boolean is(String eventType) {
        return type.equals(eventType);
    }

    @Override
    public String toString() {
        return "WyomingEvent[" + type + ", data " + data + ", " + payload.length + " payload bytes]";
    }
}
