package de.sprechstunde.deploy;

import de.sprechstunde.chart.JFreeProgressChart;
import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.port.ModelWarmth;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.deploy.config.AppConfig;
import de.sprechstunde.deploy.console.ConsoleChat;
import de.sprechstunde.deploy.http.HttpEndpoints;
import de.sprechstunde.deploy.state.StateBackend;
import de.sprechstunde.discord.DiscordAdapter;
import de.sprechstunde.grammar.GrammarBackend;
import de.sprechstunde.ollama.OllamaBackend;
import de.sprechstunde.ollama.OllamaHealth;
import de.sprechstunde.speech.SpeechBackend;
import de.sprechstunde.telegram.TelegramAdapter;
import de.sprechstunde.telegram.TelegramMode;
import de.sprechstunde.telegram.TelegramSettings;
import de.sprechstunde.telegram.TelegramWebhook;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part from the configuration, in the order that keeps the
 * promises of the architecture (models warming before any learner can write, platforms connected
 * last), and stops them in the order that loses nothing: platforms stop receiving, the bot
 * finishes what it accepted, platforms close, backends close.
 */
public final class Application implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Application.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);
    private static final Duration HEALTH_WATCH_INTERVAL = Duration.ofSeconds(15);

    private final AppConfig config;
    private final Clock clock;
    private TutorBot bot;
    private ModelWarmth warmth = ModelWarmth.ALWAYS_WARM;
    private HttpEndpoints http;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Deque<AutoCloseable> backends = new ArrayDeque<>();
    private final List<Runnable> stopReceiving = new ArrayList<>();
    private final List<AutoCloseable> platforms = new ArrayList<>();

    private Application(AppConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * Builds and starts everything but the console chat; platforms are connected and ready is set.
     * When a part fails to start, what already runs is closed before the failure is rethrown.
     */
    public static Application start(AppConfig config, Clock clock) throws IOException, InterruptedException {
        Application application = new Application(config, clock);
        try {
            application.startParts();
            application.connectPlatforms();
        } catch (Throwable e) {
            application.close();
            throw e;
        }
        return application;
    }

    /** Each part is handed to {@link #backend} as soon as it exists, so {@link #close()} can stop it. */
    private void startParts() throws IOException {
        Files.createDirectories(config.dataDir());
        Metrics metrics = backend(new Metrics(config.http().metricsEnabled()));
        HealthRegistry health = backend(new HealthRegistry(clock, Duration.ofSeconds(5)));

        OllamaBackend ollama = backend(OllamaBackend.create(config.ollama(), clock, metrics.registry()));
        health.register(OllamaHealth.NAME, ollama.health());
        // warm the models before any platform can deliver a learner's message
        ollama.start();

        StateBackend state = backend(StateBackend.connect(config.state(), clock, metrics.registry()));
        state.registerHealth(health);
        SpeechBackend speech = backend(SpeechBackend.start(config.speech(), clock));
        speech.registerHealth(health);
        // LanguageTool warms up in the background; until then the model corrects
        GrammarBackend grammar = backend(GrammarBackend.start(config.grammar(), state.responseCache()));
        health.register("grammar", grammar.health());

        this.warmth = ollama.warmth();
        this.bot = withSpeech(state.applyTo(new TutorBotBuilder(ollama.chatModel())), speech)
                .grammar(grammar.checker())
                .vocabulary(grammar.vocabulary())
                .desiredRetention(config.desiredRetention())
                // the fast model proposes what the checker misses; the core verifies before showing
                .correctionProposer(ollama.correctionProposer())
                .settings(config.consoleChat() ? withConsoleAdmin(config.tutor()) : config.tutor())
                .clock(clock)
                .meterRegistry(metrics.registry())
                .health(health)
                .delivery(config.delivery())
                // turns that arrive while the models load wait for them, at most as long as a load may take
                .modelWarmth(warmth, config.warmupNoteAfter(), config.ollama().preloadTimeout())
                .reminders(config.reminders())
                .progressChart(new JFreeProgressChart())
                .build();

        this.http = backend(HttpEndpoints.bind(config.http().port(), health, this::waitingFor, metrics.scrape()));
        http.start();
        // the same checks as /health, every scrape interval, for alerts and one log line per change
        backend(new HealthWatch(health, metrics.registry(), HEALTH_WATCH_INTERVAL)).start();
    }

    private void connectPlatforms() throws InterruptedException {
        if (config.telegram().isPresent()) {
            connectTelegram(config.telegram().get());
        }
        if (config.discord().isPresent()) {
            DiscordAdapter discord = DiscordAdapter.start(config.discord().get(), bot, clock, config.delivery());
            platforms.add(discord);
            bot.health().register("discord", discord.health());
        }
        if (config.consoleChat()) {
            log.info("no platform token configured: chatting on the console");
        }
        ready.set(true);
    }

    private void connectTelegram(TelegramSettings settings) {
        TelegramAdapter telegram = new TelegramAdapter(settings, bot, config.tutor().admins(), clock, config.delivery());
        platforms.add(telegram);
        stopReceiving.add(telegram::stopReceiving);
        bot.health().register("telegram", telegram.health());
        if (settings.mode() == TelegramMode.WEBHOOK) {
            http.post(settings.webhookPath(), (exchange, body) -> HttpEndpoints.Response.status(
                    telegram.webhook().handle(exchange.getRequestHeaders().getFirst(TelegramWebhook.SECRET_HEADER), body)));
        }
        telegram.start();
    }

    /**
     * What {@code /ready} waits for: the platforms, then the models. While Ollama is down this stays
     * non-empty (a bot that can only say "offline" should get no traffic), but {@code /health}
     * keeps answering 200, so an orchestrator that restarts on liveness leaves it running.
     */
    private Optional<String> waitingFor() {
        if (closed.get()) {
            return Optional.of("shutting down");
        }
        if (!ready.get()) {
            return Optional.of("platforms to connect");
        }
        ModelWarmth.State models = warmth.current();
        if (models instanceof ModelWarmth.Warming warming) {
            return Optional.of(warming.waitingFor());
        }
        if (models instanceof ModelWarmth.Cold cold) {
            return Optional.of(cold.reason());
        }
        return Optional.empty();
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

    private static TutorBotBuilder withSpeech(TutorBotBuilder builder, SpeechBackend speech) {
        builder.transcoder(speech.transcoder());
        speech.speechToText().ifPresent(builder::speechToText);
        speech.textToSpeech().ifPresent(builder::textToSpeech);
        return builder;
    }

    private static TutorSettings withConsoleAdmin(TutorSettings tutor) {
        Set<LearnerId> admins = new HashSet<>(tutor.admins());
        admins.add(ConsoleChat.LOCAL_LEARNER);
        return tutor.withAdmins(admins);
    }

    private <T extends AutoCloseable> T backend(T closeable) {
        backends.push(closeable);
        return closeable;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ready.set(false);
        stopReceiving.forEach(Runnable::run);
        if (bot != null) {
            bot.shutdown(SHUTDOWN_GRACE);
        }
        platforms.forEach(Application::closeQuietly);
        while (!backends.isEmpty()) {
            closeQuietly(backends.pop());
        }
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            log.warn("closing {} failed: {}", part.getClass().getSimpleName(), e.toString());
        }
    }
}
