package de.sprechstunde.deploy.console;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatAddress;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceNote;
import de.sprechstunde.core.pipeline.TutorBot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletionException;

/**
 * Chat with the tutor in a terminal: one line in, the answer streamed out. Used when no platform
 * token is configured, so a newcomer can try the bot with nothing but Java and Ollama.
 */
public final class ConsoleChat implements ChatPlatform {

    /** The one local learner; listed as an admin so /health and /stats work at the console. */
    public static final LearnerId LOCAL_LEARNER = new LearnerId(Platform.CONSOLE, "local");

    private final TutorBot bot;
    private final InputStream in;
    private final PrintStream out;
    private final Clock clock;
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    private long sequence;

    public ConsoleChat(TutorBot bot, InputStream in, PrintStream out, Clock clock) {
        this.bot = bot;
        this.in = in;
        this.out = out;
        this.clock = clock;
    }

    /** Reads lines until end of input or {@code /quit}; returns when the last answer is printed. */
    public void run() throws IOException {
        bot.connect(this).join();
        out.println("Sprechstunde — your German tutor. Write in German; /help lists commands, /quit ends.");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String user = System.getProperty("user.name", "");
        while (true) {
            out.print("you> ");
            out.flush();
            String line = reader.readLine();
            if (line == null || line.strip().equalsIgnoreCase("/quit") || line.strip().equalsIgnoreCase("/exit")) {
                out.println("Tschüss! 👋");
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                bot.receive(message(line, user), new ConsoleSink(out)).join();
            } catch (CompletionException e) {
                out.println("tutor> Sorry — something went wrong. Please try again.");
            }
        }
    }

    private IncomingMessage message(String line, String user) {
        String id = session + "-" + (++sequence);
        return new IncomingMessage(new MessageKey(Platform.CONSOLE, "local", id),
                ChatAddress.direct(Platform.CONSOLE, "local"), LOCAL_LEARNER, user,
                new MessageContent.Text(line), clock.instant());
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public byte[] download(VoiceNote note) throws IOException {
        throw new IOException("the console has no voice notes");
    }

    @Override
    public ReplySink replyTo(IncomingMessage message) {
        return new ConsoleSink(out);
    }
}
