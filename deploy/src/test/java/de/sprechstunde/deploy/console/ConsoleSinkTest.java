package de.sprechstunde.deploy.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.TextStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleSinkTest {

    @Test
    void aTurnsCorrectionLeadsItsStreamedAnswerOnOneLineOfOutputWithoutMarks() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleSink sink = new ConsoleSink(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String lead = "✏️ „Gestern ich bin“ → „*Gestern bin ich*“";

        TextStream stream = sink.stream();
        stream.update(lead);
        stream.update(lead + "\n\nSchön! ");
        stream.complete(Reply.Text.of(lead + "\n\nSchön! Was hast du gesehen?"));

        assertEquals("tutor> ✏️ „Gestern ich bin“ → „Gestern bin ich“\n\nSchön! Was hast du gesehen?" + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
    }
}
