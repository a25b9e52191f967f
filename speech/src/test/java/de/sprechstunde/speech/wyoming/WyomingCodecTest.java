package de.sprechstunde.speech.wyoming;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WyomingCodecTest {

    private final WyomingCodec codec = new WyomingCodec();

    @Test
    void anEventIsAHeaderLineThenItsDataThenItsPayload() throws IOException {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("rate", 22050).put("width", 2).put("channels", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        codec.write(out, new WyomingEvent("audio-chunk", data, new byte[] {1, 2, 3}));

        String dataJson = "{\"rate\":22050,\"width\":2,\"channels\":1}";
        byte[] expected = concat(("{\"type\":\"audio-chunk\",\"version\":\"1.7.0\",\"data_length\":" + dataJson.length()
                + ",\"payload_length\":3}\n" + dataJson).getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3});
        assertArrayEquals(expected, out.toByteArray());
    }

    @Test
    void lengthsAreLeftOutWhenZero() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        codec.write(out, WyomingEvent.of("describe"));

        assertEquals("{\"type\":\"describe\",\"version\":\"1.7.0\"}\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dataAfterTheHeaderIsMergedOverInlineData() throws IOException {
        String data = "{\"text\":\"Hallo\",\"code\":\"E1\"}";
        byte[] frame = ("{\"type\":\"error\",\"data\":{\"text\":\"inline\",\"extra\":true},\"data_length\":" + data.length() + "}\n" + data)
                .getBytes(StandardCharsets.UTF_8);

        WyomingEvent event = codec.read(new ByteArrayInputStream(frame)).orElseThrow();

        assertEquals("error", event.type());
        assertEquals("Hallo", event.data().path("text").asText());
        assertEquals("E1", event.data().path("code").asText());
        assertTrue(event.data().path("extra").asBoolean());
    }

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("text", "Grüß Gott, schöne Straße!");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(out, new WyomingEvent("synthesize", data, null));
        codec.write(out, new WyomingEvent("audio-chunk", null, new byte[4096]));
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());

        assertEquals("Grüß Gott, schöne Straße!", codec.read(in).orElseThrow().data().path("text").asText());
        assertEquals(4096, codec.read(in).orElseThrow().payload().length);
        assertTrue(codec.read(in).isEmpty(), "a clean end between events");
    }

    @Test
    void aConnectionEndingInsideAnEventIsAnError() {
        byte[] cut = "{\"type\":\"audio-chunk\",\"payload_length\":2048}\n\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);

        assertThrows(EOFException.class, () -> codec.read(new ByteArrayInputStream(cut)));
        assertThrows(EOFException.class, () -> codec.read(new ByteArrayInputStream("{\"type\":\"aud".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void absurdLengthsAreRefused() {
        byte[] huge = "{\"type\":\"audio-chunk\",\"payload_length\":999999999}\n".getBytes(StandardCharsets.UTF_8);

        IOException e = assertThrows(IOException.class, () -> codec.read(new ByteArrayInputStream(huge)));
        assertTrue(e.getMessage().contains("payload_length"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
