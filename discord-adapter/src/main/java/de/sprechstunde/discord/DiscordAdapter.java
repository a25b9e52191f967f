package de.sprechstunde.discord;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.platform.Tutor;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.discord.commands.SlashCommandCatalog;
import de.sprechstunde.discord.gateway.DiscordConnection;
import de.sprechstunde.discord.gateway.DiscordConnector;
import de.sprechstunde.discord.outbound.ChoiceButtons;
import de.sprechstunde.discord.outbound.Deliveries;
import de.sprechstunde.discord.outbound.DiscordFormat;
import de.sprechstunde.discord.outbound.MutedChannels;
import de.sprechstunde.discord.practice.FilePracticeThreads;
import de.sprechstunde.discord.practice.InMemoryPracticeThreads;
import de.sprechstunde.discord.practice.PracticeThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tutor on Discord. {@link #start} logs in through JDA, registers the slash commands, connects
 * the platform to the bot (answering messages accepted before a restart) and returns once the
 * gateway is ready. Close it to log out.
 *
 * <pre>{@code
 * DiscordAdapter discord = DiscordAdapter.start(settings, bot, Clock.systemUTC());
 * health.register("discord", discord.health());
 * }</pre>
 */
public final class DiscordAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final DiscordConnection connection;
    private final ScheduledExecutorService timer;
    private final OkHttpClient http;
    private final HealthIndicator health;

    private DiscordAdapter(DiscordConnection connection, ScheduledExecutorService timer, OkHttpClient http, HealthIndicator health) {
        this.connection = connection;
        this.timer = timer;
        this.http = http;
        this.health = health;
    }

    /**
     * Starts with practice threads kept where the settings say (a file under {@code DATA_DIR}, or
     * memory) and sends retried as {@code delivery} says.
     */
    public static DiscordAdapter start(DiscordSettings settings, Tutor bot, Clock clock, DeliverySettings delivery)
            throws InterruptedException {
        PracticeThreads threads = settings.practiceThreads().<PracticeThreads>map(FilePracticeThreads::new)
                .orElseGet(InMemoryPracticeThreads::new);
        return start(settings, bot, clock, threads, new Deliveries(delivery, clock, Deliveries.SLEEP, new Random()));
    }

    /**
     * Connects and blocks until the gateway is ready.
     *
     * @throws IllegalStateException with a clear message when Discord refuses the token, does not get ready in
     *                               time, or JDA's gateway logger is at TRACE (it would log the token)
     */
    public static DiscordAdapter start(DiscordSettings settings, Tutor bot, Clock clock, PracticeThreads threads)
            throws InterruptedException {
        return start(settings, bot, clock, threads, new Deliveries(DeliverySettings.defaults(), clock, Deliveries.SLEEP, new Random()));
    }

    /**
     * As {@link #start(DiscordSettings, Tutor, Clock, PracticeThreads)}, with how replies are retried
     * through transient failures (tests pass waits that do not sleep).
     */
    public static DiscordAdapter start(DiscordSettings settings, Tutor bot, Clock clock, PracticeThreads threads, Deliveries deliveries)
            throws InterruptedException {
        TokenSafeLogging.requireNoPayloadTracing();
        OkHttpClient http = new OkHttpClient.Builder().build();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("discord-interaction-timer"));
        AtomicReference<DiscordConnection> connection = new AtomicReference<>();
        MutedChannels muted = new MutedChannels(clock, Duration.ofMinutes(10));
        ChoiceButtons buttons = new ChoiceButtons(10_000);
        SlashCommandCatalog catalog = new SlashCommandCatalog(bot.commands());
        ReplySinks sinks = new ReplySinks(connection::get, new DiscordFormat(buttons), muted, clock, settings.streamEditInterval(), timer,
                deliveries);
        DiscordEvents events = new DiscordEvents(bot, catalog, buttons, sinks, muted, threads);
        try {
            connection.set(new DiscordConnector(settings.gateway(), http).connect(List.of(events)));
            connection.get().awaitReady(READY_TIMEOUT);
        } catch (InvalidTokenException e) {
            shutdown(connection.get(), timer, http);
            throw new IllegalStateException("Discord refused DISCORD_BOT_TOKEN (401 Unauthorized): check the token in the Developer Portal");
        } catch (InterruptedException e) {
            shutdown(connection.get(), timer, http);
            throw e;
        } catch (RuntimeException e) {
            shutdown(connection.get(), timer, http);
            throw new IllegalStateException("could not connect to Discord: " + settings.token().redact(String.valueOf(e.getMessage())));
        }
        registerCommands(connection.get(), catalog);
        bot.connect(new DiscordPlatform(new AttachmentDownloader(http, settings.apiUrl(), settings.maxDownloadBytes()), sinks));
        log.info("Discord connected with {} gateway session(s)", connection.get().sessions().size());
        return new DiscordAdapter(connection.get(), timer, http, new DiscordHealth(connection::get));
    }

    /** For {@code /health} and the HTTP health endpoint, under the name {@code discord}. */
    public HealthIndicator health() {
        return health;
    }

    @Override
    public void close() {
        shutdown(connection, timer, http);
    }

    private static void registerCommands(DiscordConnection connection, SlashCommandCatalog catalog) {
        connection.primary().updateCommands().addCommands(catalog.commandData()).queue(
                registered -> log.info("registered {} Discord slash commands", registered.size()),
                error -> log.warn("could not register Discord slash commands (the bot still answers messages): {}", error.toString()));
    }

    private static void shutdown(DiscordConnection connection, ScheduledExecutorService timer, OkHttpClient http) {
        if (connection != null) {
            connection.close();
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
