package de.sprechstunde.speech.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Piper speaking Wyoming byte for byte as wyoming-piper does: a JSON header line whose
 * {@code data} is moved behind it ({@code data_length}), then the audio ({@code payload_length});
 * {@code audio-start}, 2048-byte {@code audio-chunk}s of real German speech made by espeak-ng,
 * {@code audio-stop}; an {@code error} event followed by a closed connection when it fails; an
 * {@code info} event for {@code describe}. Its framing code is its own, not the client's. It
 * records every event it received.
 */
public final class FakeWyomingServer implements AutoCloseable {

    /** How the next synthesis goes. */
    public enum Mode {
        /** Speak. */
        SPEAK,
        /** Send an error event and close the connection, as wyoming-piper does when synthesis raises. */
        ERROR,
        /** Close the connection after the first audio chunk. */
        DROP_MID_STREAM,
        /** Never answer. */
        SILENT
    }

    /** One event as received: its header line exactly as sent, and its merged data. */
    public record Received(String headerLine, String type, JsonNode data) {
    }

    private static final int CHUNK_BYTES = 2048;

    private final ObjectMapper json = new ObjectMapper();
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Mode> modes = new CopyOnWriteArrayList<>();
    private volatile boolean closeAfterEachAnswer;
    private volatile String installedVoice = "de_DE-thorsten-high";

    public FakeWyomingServer() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::acceptLoop);
    }

    public String address() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    /** The next syntheses go like this, in order; afterwards it speaks. */
    public FakeWyomingServer then(Mode... next) {
        modes.addAll(Arrays.asList(next));
        return this;
    }

    /** Closes every connection after answering, as a server restarting between requests would. */
    public FakeWyomingServer closeAfterEachAnswer() {
        closeAfterEachAnswer = true;
        return this;
    }

    public FakeWyomingServer listsVoice(String voice) {
        installedVoice = voice;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                sockets.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                Received event = readEvent(in);
                if (event == null) {
                    return;
                }
                received.add(event);
                boolean keepOpen = switch (event.type()) {
                    case "describe" -> {
                        writeEvent(out, "info", info(), null);
                        yield true;
                    }
                    case "synthesize" -> synthesize(event.data(), out);
                    default -> true;
                };
                if (!keepOpen || closeAfterEachAnswer) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private boolean synthesize(JsonNode data, OutputStream out) throws IOException {
        Mode mode = modes.isEmpty() ? Mode.SPEAK : modes.remove(0);
        if (mode == Mode.SILENT) {
            return true;
        }
        if (mode == Mode.ERROR) {
            writeEvent(out, "error", json.createObjectNode().put("text", "Voice not found: " + data.path("voice").path("name").asText())
                    .put("code", "ValueError"), null);
            return false;
        }
        byte[] pcm = speech(data.path("text").asText());
        writeEvent(out, "audio-start", format(), null);
        for (int at = 0; at < pcm.length; at += CHUNK_BYTES) {
            writeEvent(out, "audio-chunk", format(), Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + CHUNK_BYTES)));
            if (mode == Mode.DROP_MID_STREAM) {
                return false;
            }
        }
        writeEvent(out, "audio-stop", json.createObjectNode().putNull("timestamp"), null);
        return true;
    }

    /** espeak-ng's German speech without its WAV header: 22050 Hz, 16-bit, mono. */
    private static byte[] speech(String text) {
        byte[] wav = GermanSpeech.wav(text);
        int data = 12;
        while (!new String(wav, data, 4, StandardCharsets.US_ASCII).equals("data")) {
            data += 8 + java.nio.ByteBuffer.wrap(wav, data + 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        }
        return Arrays.copyOfRange(wav, data + 8, wav.length);
    }

    private ObjectNode format() {
        return json.createObjectNode().put("rate", 22050).put("width", 2).put("channels", 1).putNull("timestamp");
    }

    private ObjectNode info() {
        ObjectNode data = json.createObjectNode();
        data.putArray("asr");
        ObjectNode piper = data.putArray("tts").addObject();
        piper.put("name", "piper").put("installed", true).put("description", "A fast, local, neural text to speech engine").put("version", "1.6.2");
        piper.putObject("attribution").put("name", "rhasspy").put("url", "https://github.com/rhasspy/piper");
        ObjectNode voice = piper.putArray("voices").addObject();
        voice.put("name", installedVoice).put("installed", true).put("description", "thorsten (high)").putNull("version");
        voice.putObject("attribution").put("name", "rhasspy").put("url", "https://github.com/rhasspy/piper");
        voice.putArray("languages").add("de_DE");
        voice.putNull("speakers");
        data.putArray("handle");
        data.putArray("intent");
        data.putArray("wake");
        return data;
    }

    /** wyoming's write_event: data moves out of the header into data_length bytes; lengths only when non-zero. */
    private void writeEvent(OutputStream out, String type, ObjectNode data, byte[] payload) throws IOException {
        ObjectNode header = json.createObjectNode().put("type", type).put("version", "1.7.0");
        byte[] dataBytes = data == null || data.isEmpty() ? new byte[0] : json.writeValueAsBytes(data);
        if (dataBytes.length > 0) {
            header.put("data_length", dataBytes.length);
        }
        if (payload != null && payload.length > 0) {
            header.put("payload_length", payload.length);
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(json.writeValueAsBytes(header));
        frame.write('\n');
        frame.writeBytes(dataBytes);
        if (payload != null) {
            frame.writeBytes(payload);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    private Received readEvent(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return null;
            }
            line.write(b);
        }
        String headerLine = line.toString(StandardCharsets.UTF_8);
        JsonNode header = json.readTree(headerLine);
        ObjectNode data = header.path("data").isObject() ? (ObjectNode) header.get("data").deepCopy() : json.createObjectNode();
        int dataLength = header.path("data_length").asInt(0);
        if (dataLength > 0) {
            data.setAll((ObjectNode) json.readTree(in.readNBytes(dataLength)));
        }
        int payloadLength = header.path("payload_length").asInt(0);
        if (payloadLength > 0) {
            in.readNBytes(payloadLength);
        }
        return new Received(headerLine, header.path("type").asText(), data);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        sockets.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        });
        threads.shutdownNow();
    }
}
