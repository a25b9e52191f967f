package de.sprechstunde.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.deploy.Application;
import de.sprechstunde.deploy.TestConfig;
import de.sprechstunde.deploy.state.LocalServers;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.FakeDiscordRest;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault suite's Discord row: the whole application on the fake Discord (real JDA), its REST
 * API down (500s for longer than the retry window), slow, and answering garbage for message
 * creates. The same assertion as {@link BackendFaultsTest}: the learner's message is answered
 * exactly once and nothing else is sent.
 */
class DiscordFaultsTest {

    private static final String TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMA.fake.SECRET-token-7c1f";
    private static final String LEARNER = "6161";
    // a DM channel as Discord opens it again for a redelivery (the fake's ids: 8 + user)
    private static final String DM = "8" + LEARNER;
    private static final String CREATE = "channels/\\d+/messages";
    private static final String ANSWER = "Hallo! Wie war dein Wochenende?";
    private static final String HELP = "Just write to me in German";

    record Fault(String kind, Consumer<FakeDiscordRest> breaker, String learnerSees) {
        @Override
        public String toString() {
            return "Discord " + kind;
        }
    }

    static Stream<Fault> faults() {
        return Stream.of(
                new Fault("down", rest -> rest.failNext("POST", CREATE, 500, 30),
                        "the answer once, when Discord is back (kept and redelivered)"),
                new Fault("slow", rest -> rest.slowDown("POST", CREATE, Duration.ofSeconds(2)), "the answer once"),
                // JDA never completes a request whose 200 body is not JSON; the sink gives up on it after 60 s
                new Fault("garbage", rest -> rest.answerGarbageNext("POST", CREATE, 1),
                        "the answer once, up to a minute late (JDA never completes that request; the sink's 60 s limit ends it)"));
    }

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void theMessageIsAnsweredExactlyOnceAndNothingElseIsSent(Fault fault) throws Exception {
        try (FakeOllamaServer ollama = FakeOllamaServer.start().answering(FakeOllamaServer.MAIN_MODEL, ANSWER);
             FakeDiscord discord = new FakeDiscord();
             Application application = Application.start(new TestConfig(dataDir, ollama.url())
                     .with("DISCORD_BOT_TOKEN", TOKEN)
                     .with("DISCORD_API_URL", discord.rest().baseUrl())
                     .with("DISCORD_GATEWAY_URL", discord.gateway().url())
                     .with("DELIVERY_RETRY_WINDOW", "2")
                     .with("DELIVERY_FIRST_BACKOFF_MS", "100")
                     .with("DELIVERY_MAX_BACKOFF_MS", "500")
                     .with("DELIVERY_REDELIVERY_INTERVAL", "1").load(), Clock.systemUTC())) {
            fault.breaker().accept(discord.rest());

            discord.directMessage(DM, LEARNER, "Hallo!");
            awaitShown(discord, shown -> shown.contains(ANSWER));
            // the chat answers in order: anything else the first message caused comes before this
            discord.directMessage(DM, LEARNER, "/help");
            awaitShown(discord, shown -> !shown.isEmpty() && shown.get(shown.size() - 1).startsWith(HELP));

            List<String> shown = shown(discord);
            assertEquals(2, shown.size(), "the answer and the help, nothing else: " + shown + "\n" + discord.rest().describe());
            assertEquals(ANSWER, shown.get(0));
        }
    }

    private static List<String> shown(FakeDiscord discord) {
        return List.copyOf(discord.rest().channelMessages(DM).values());
    }

    private static void awaitShown(FakeDiscord discord, java.util.function.Predicate<List<String>> condition) throws Exception {
        assertTrue(LocalServers.eventually(Duration.ofSeconds(150), () -> condition.test(shown(discord))),
                "the DM shows " + shown(discord) + "\n" + discord.rest().describe());
    }
}
