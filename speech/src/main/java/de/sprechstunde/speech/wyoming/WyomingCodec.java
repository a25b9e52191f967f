package de.sprechstunde.speech.wyoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Wyoming framing: one UTF-8 JSON header line ({@code type}, {@code version}, and
 * {@code data_length}/{@code payload_length} when non-zero), then that many bytes of JSON data
 * (merged over any inline {@code data}), then that many payload bytes. Sizes are bounded so a
 * broken peer cannot make the client allocate without limit. Thread-safe (stateless).
 */
public final class WyomingCodec {

    /** The protocol version this client writes in its headers. */
    public static final String VERSION = "1.7.0";
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_DATA_BYTES = 1024 * 1024;
    private static final int MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();

    public void write(OutputStream out, WyomingEvent event) throws IOException {
        ObjectNode header = json.createObjectNode();
        header.put("type", event.type());
        header.put("version", VERSION);
        byte[] data = event.data().isEmpty() ? new byte[0] : json.writeValueAsBytes(event.data());
        if (data.length > 0) {
            header.put("data_length", data.length);
        }
        if (event.payload().length > 0) {
            header.put("payload_length", event.payload().length);
        }
        out.write(json.writeValueAsBytes(header));
        out.write('\n');
        out.write(data);
        out.write(event.payload());
        out.flush();
    }

    /**
     * Reads the next event.
     *
     * @return empty when the peer closed the connection between events
     * @throws EOFException when the connection ended inside an event
     * @throws IOException  when the framing is broken
     */
    public Optional<WyomingEvent> read(InputStream in) throws IOException {
        byte[] line = readLine(in);
        if (line == null) {
            return Optional.empty();
        }
        JsonNode header = json.readTree(line);
        if (header == null || !header.isObject() || !header.path("type").isTextual()) {
            throw new IOException("Wyoming header without a type");
        }
        ObjectNode data = header.path("data").isObject() ? (ObjectNode) header.get("data") : json.createObjectNode();
        int dataLength = length(header, "data_length", MAX_DATA_BYTES);
        if (dataLength > 0) {
            JsonNode extra = json.readTree(exactly(in, dataLength));
            if (extra == null || !extra.isObject()) {
                throw new IOException("Wyoming data is not a JSON object");
            }
            data.setAll((ObjectNode) extra);
        }
        int payloadLength = length(header, "payload_length", MAX_PAYLOAD_BYTES);
        byte[] payload = payloadLength > 0 ? exactly(in, payloadLength) : new byte[0];
        return Optional.of(new WyomingEvent(header.get("type").asText(), data, payload));
    }

    private static int length(JsonNode header, String field, int max) throws IOException {
        JsonNode value = header.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToInt() || value.asInt() < 0 || value.asInt() > max) {
            throw new IOException("Wyoming " + field + " out of range: " + value);
        }
        return value.asInt();
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("connection ended after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    /** The header line without its newline; null at a clean end of stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("connection ended inside a header line");
            }
            if (line.size() >= MAX_HEADER_BYTES) {
                throw new IOException("Wyoming header line longer than " + MAX_HEADER_BYTES + " bytes");
            }
            line.write(b);
        }
        return line.toByteArray();
    }
}
