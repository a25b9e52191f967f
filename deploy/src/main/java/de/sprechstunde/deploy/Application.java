package de.sprechstunde.deploy;

import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.ollama.OllamaBackend;
import de.sprechstunde.core.ollama.OllamaHealthIndicator;
import de.sprechstunde.core.state.StateBackends;
import de.sprechstunde.core.tutor.TutorBot;
import de.sprechstunde.core.tutor.TutorBotBuilder;
import de.sprechstunde.deploy.config.AppConfig;
import de.sprechstunde.deploy.console.ConsoleChat;
import de.sprechstunde.deploy.http.HttpEndpoints;
import de.sprechstunde.discord.DiscordAdapter;
import de.sprechstunde.speech.SpeechServices;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part from the configuration, in the order that keeps the
 * promises of the architecture (models warming before any learner can write, platforms connected
 * last), and closes them in reverse.
 */
public final class Application implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Application.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private final AppConfig config;
    private final TutorBot bot;
    private final HttpEndpoints http;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final Deque<AutoCloseable> closeInReverse = new ArrayDeque<>();
    private final Clock clock;

    private Application(AppConfig config, Clock clock) throws IOException {
        this.config = config;
        this.clock = clock;
        Files.createDirectories(config.dataDir());
        Metrics metrics = remember(new Metrics(config.http().metricsEnabled()));
        HealthRegistry health = remember(new HealthRegistry(clock, Duration.ofSeconds(5)));

        OllamaBackend ollama = remember(OllamaBackend.create(config.ollama(), clock));
        health.register(OllamaHealthIndicator.NAME, ollama.health());
        // warm the models before any platform can deliver a learner's message
        ollama.start();

        StateBackends state = remember(StateBackends.connect(config.state(), clock, metrics.registry()));
        state.registerHealth(health);

        SpeechServices speech = remember(SpeechServices.start(config.speech(), clock));
        speech.registerHealth(health);

        TutorBotBuilder builder = speech.applyTo(state.applyTo(new TutorBotBuilder(ollama.chatModel())))
                .settings(config.consoleChat() ? withConsoleAdmin(config) : config.tutor())
                .clock(clock)
                .meterRegistry(metrics.registry())
                .health(health);
        this.bot = builder.build();
        closeInReverse.push(() -> bot.shutdown(SHUTDOWN_GRACE));

        this.http = remember(new HttpEndpoints(config.http().port(), health, ready::get, metrics.scrape()));
        http.start();
    }

    /** Builds and starts everything but the console chat; platforms are connected and ready is set. */
    public static Application start(AppConfig config, Clock clock) throws IOException, InterruptedException {
        Application application = new Application(config, clock);
        try {
            application.connectPlatforms();
        } catch (RuntimeException | InterruptedException e) {
            application.close();
            throw e;
        }
        return application;
    }

    private void connectPlatforms() throws InterruptedException {
        if (config.discord().isPresent()) {
            DiscordAdapter discord = remember(DiscordAdapter.start(config.discord().get(), bot, clock));
            bot.health().register("discord", discord.health());
        }
        if (config.consoleChat()) {
            log.info("no platform token configured: chatting on the console");
        }
        ready.set(true);
    }

    /** Chats on the terminal until end of input; then returns. */
    public void runConsole(InputStream in, PrintStream out) throws IOException {
        new ConsoleChat(bot, in, out, clock).run();
    }

    public TutorBot bot() {
        return bot;
    }

    public int httpPort() {
        return http.port();
    }

    private static de.sprechstunde.core.config.TutorSettings withConsoleAdmin(AppConfig config) {
        Set<de.sprechstunde.core.learner.LearnerId> admins = new HashSet<>(config.tutor().admins());
        admins.add(ConsoleChat.LOCAL_LEARNER);
        return config.tutor().withAdmins(admins);
    }

    private <T extends AutoCloseable> T remember(T closeable) {
        closeInReverse.push(closeable);
        return closeable;
    }

    @Override
    public void close() {
        ready.set(false);
        while (!closeInReverse.isEmpty()) {
            AutoCloseable part = closeInReverse.pop();
            try {
                part.close();
            } catch (Exception e) {
                log.warn("closing {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
