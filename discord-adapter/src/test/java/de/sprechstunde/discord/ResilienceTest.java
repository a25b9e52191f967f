package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.InMemoryMessageLedger;
import de.sprechstunde.core.message.ChatAddress;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.Payloads;
import de.sprechstunde.discord.fake.RecordedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ResilienceTest {

    @Test
    void aRateLimitedSendIsWaitedOutAndDelivered() {
        try (DiscordRig rig = DiscordRig.start()) {
            String channel = FakeDiscord.nextId();
            rig.rest().rateLimitNext("POST", "channels/" + channel + "/messages", 0.5);
            rig.model.answer("Kein Problem, ich warte.");

            rig.discord.directMessage(channel, "4848", "Hallo!");

            // the refused post carries the text too: wait for the retried one
            rig.rest().await(r -> r.path().startsWith("channels/" + channel + "/messages")
                    && r.content().equals("Kein Problem, ich warte.")
                    && rig.rest().requests("POST", "channels/" + channel + "/messages").size() >= 2, DiscordRig.WAIT);
            assertEquals(2, rig.rest().requests("POST", "channels/" + channel + "/messages").size(),
                    "the refused post was retried once: " + rig.rest().describe());
        }
    }

    @Test
    void aGatewayDisconnectResumesWithoutLosingMessages() {
        try (DiscordRig rig = DiscordRig.start()) {
            String channel = FakeDiscord.nextId();
            rig.model.answer("Erste Antwort.").answer("Zweite Antwort.");
            rig.discord.directMessage(channel, "4949", "Erste Nachricht");

            rig.discord.gateway().dropConnections();
            rig.discord.gateway().awaitReceived(6, 1, DiscordRig.WAIT);
            rig.discord.directMessage(channel, "4949", "Zweite Nachricht");

            rig.rest().await(r -> r.path().startsWith("channels/" + channel + "/messages") && r.content().equals("Erste Antwort."), DiscordRig.WAIT);
            rig.rest().await(r -> r.path().startsWith("channels/" + channel + "/messages") && r.content().equals("Zweite Antwort."), DiscordRig.WAIT);
            assertEquals("fake-session", rig.discord.gateway().received(6).get(0).path("d").path("session_id").asText());
            assertEquals(1, rig.discord.gateway().received(2).size(), "resumed, not logged in again");
        }
    }

    @Test
    void messagesAcceptedBeforeARestartAreAnsweredOnConnect() {
        InMemoryMessageLedger ledger = new InMemoryMessageLedger(Duration.ofDays(2), 1000, Clock.systemUTC());
        String channel = FakeDiscord.nextId();
        ledger.accept(new IncomingMessage(new MessageKey(Platform.DISCORD, channel, "3999"),
                new ChatAddress(Platform.DISCORD, channel, false), new LearnerId(Platform.DISCORD, "5050"), "Lena",
                new MessageContent.Text("Bist du noch da?"), Instant.parse("2026-11-27T10:00:00Z")));

        try (DiscordRig rig = DiscordRig.startWithLedger(ledger, "Ja, ich bin wieder da!")) {
            // the DM channel is not cached after a restart: the adapter opens it through REST first
            RecordedRequest open = rig.await("POST", "users/@me/channels", r -> r.json().path("recipient_id").asText().equals("5050"));
            assertEquals("5050", open.json().path("recipient_id").asText());
            rig.rest().await(r -> r.path().startsWith("channels/85050/messages") && r.content().equals("Ja, ich bin wieder da!"), DiscordRig.WAIT);
            Instant deadline = Instant.now().plus(DiscordRig.WAIT);
            while (!ledger.unanswered(Platform.DISCORD).isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
            assertTrue(ledger.unanswered(Platform.DISCORD).isEmpty());
        }
    }

    @Test
    void theTokenNeverAppearsInLogsEvenAtDebug() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger jda = (Logger) LoggerFactory.getLogger("net.dv8tion");
        Level before = jda.getLevel();
        jda.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try (DiscordRig rig = DiscordRig.start()) {
            String channel = FakeDiscord.nextId();
            rig.discord.directMessage(channel, "5151", "Hallo!");
            rig.await("POST", "channels/" + channel + "/messages", r -> true);
            rig.discord.guildMessage(Payloads.SILENT_CHANNEL_ID, "5151", "Hallo?", true);
        } finally {
            root.detachAppender(logs);
            jda.setLevel(before);
        }
        List<String> lines = logs.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())).toList();
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().noneMatch(line -> line.contains(DiscordRig.TOKEN) || line.contains("SECRET-token")),
                "a log line carries the token");
    }

    @Test
    void startingWithJdasPayloadTracingOnIsRefusedBecauseItWouldLogTheToken() {
        Logger jda = (Logger) LoggerFactory.getLogger("net.dv8tion");
        Level before = jda.getLevel();
        jda.setLevel(Level.TRACE);
        try {
            IllegalStateException refused = assertThrows(IllegalStateException.class, DiscordRig::start);
            assertTrue(refused.getMessage().contains("net.dv8tion.jda.internal.requests.WebSocketClient"), refused.getMessage());
            assertFalse(refused.getMessage().contains(DiscordRig.TOKEN));
        } finally {
            jda.setLevel(before);
        }
    }
}
