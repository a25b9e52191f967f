package de.sprechstunde.telegram;

import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.platform.Tutor;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.telegram.api.ApiResult;
import de.sprechstunde.telegram.api.BackoffWait;
import de.sprechstunde.telegram.api.BlockedChats;
import de.sprechstunde.telegram.api.BotApi;
import de.sprechstunde.telegram.api.FileDownloader;
import de.sprechstunde.telegram.api.FloodControl;
import de.sprechstunde.telegram.api.TelegramConnection;
import de.sprechstunde.telegram.inbound.BotIdentity;
import de.sprechstunde.telegram.inbound.CallbackTranslator;
import de.sprechstunde.telegram.inbound.MessageTranslator;
import de.sprechstunde.telegram.outbound.ChatActions;
import de.sprechstunde.telegram.outbound.ChoiceKeyboards;
import de.sprechstunde.telegram.outbound.CommandMenu;
import de.sprechstunde.telegram.outbound.Drafts;
import de.sprechstunde.telegram.outbound.MessageSplitter;
import de.sprechstunde.telegram.outbound.PhotoSender;
import de.sprechstunde.telegram.outbound.TelegramReplies;
import de.sprechstunde.telegram.outbound.TextSender;
import de.sprechstunde.telegram.outbound.TinyMarkdown;
import de.sprechstunde.telegram.outbound.VoiceSender;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The tutor on Telegram. Start-up: {@link #start()}. Shutdown: {@link #stopReceiving()} first
 * (no new updates), then {@link #close()}, which waits for the answers still being written
 * before it closes the HTTP clients; {@code TutorBot.shutdown} (the core's) may come before or after it.
 */
public final class TelegramAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);

    private final TelegramSettings settings;
    private final Tutor bot;
    private final Set<LearnerId> admins;
    private final Clock clock;
    private final TelegramConnection connection;
    private final BotApi api;
    private final ChoiceKeyboards keyboards = new ChoiceKeyboards();
    private final TelegramReplies replies;
    private final TelegramPlatform platform;
    private final TelegramWebhook webhook;
    private final LongPolling polling;
    private final InFlight inFlight = new InFlight();
    private volatile UpdateRouter router;
    private volatile boolean started;

    /**
     * @param admins learners who see the admin commands in their menu (from {@code ADMIN_IDS}; non-Telegram ids are skipped)
     */
    public TelegramAdapter(TelegramSettings settings, Tutor bot, Set<LearnerId> admins, Clock clock) {
        this(settings, bot, admins, clock, DeliverySettings.defaults());
    }

    /** @param delivery how long a message, edit or voice upload is retried through transient failures */
    public TelegramAdapter(TelegramSettings settings, Tutor bot, Set<LearnerId> admins, Clock clock, DeliverySettings delivery) {
        this(settings, bot, admins, clock, delivery, BackoffWait.REAL);
    }

    /** @param backoffWait how long a retry's backoff really lasts (tests shorten it) */
    public TelegramAdapter(TelegramSettings settings, Tutor bot, Set<LearnerId> admins, Clock clock, DeliverySettings delivery,
                           BackoffWait backoffWait) {
        this.settings = settings;
        this.bot = bot;
        this.admins = Set.copyOf(admins);
        this.clock = clock;
        this.connection = new TelegramConnection(settings.apiUrl(), settings.token(), settings.pollTimeout());
        this.api = new BotApi(connection.client(), new FloodControl(clock, settings.privateChatSpacing(), settings.groupChatSpacing(),
                settings.maxCallsPerSecond()), new BlockedChats(), settings.token(), delivery, backoffWait, clock, new Random());
        TinyMarkdown markdown = new TinyMarkdown();
        TextSender texts = new TextSender(api, markdown, new MessageSplitter(), keyboards);
        this.replies = new TelegramReplies(api, texts, new VoiceSender(api, markdown, texts), new PhotoSender(api, markdown, texts),
                new ChatActions(api, clock), new Drafts(true));
        this.platform = new TelegramPlatform(new FileDownloader(api, connection.http(), connection.apiBase(), settings.token()), replies,
                api.blockedChats());
        this.webhook = settings.webhookSecret().map(secret -> new TelegramWebhook(secret, () -> router)).orElse(null);
        this.polling = settings.mode() == TelegramMode.POLLING
                ? new LongPolling(connection, settings.token(), settings.pollTimeout(), () -> router) : null;
    }

    public TelegramAdapter(TelegramSettings settings, Tutor bot, Set<LearnerId> admins) {
        this(settings, bot, admins, Clock.systemUTC());
    }

    /**
     * Checks the token with {@code getMe}, publishes the command menus, connects Telegram to the
     * core (which answers messages accepted before the last stop) and starts long polling or
     * registers the webhook.
     *
     * @throws IllegalStateException when Telegram rejects the token or cannot be reached; the message names the cause, never the token
     */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the Telegram adapter is already started");
        }
        ApiResult<User> me = api.call(new GetMe());
        User user = me.result().orElseThrow(() -> new IllegalStateException(startFailure(me)));
        BotIdentity identity = new BotIdentity(user.getId(), user.getUserName() == null ? "" : user.getUserName());
        router = new UpdateRouter(bot, new MessageTranslator(identity), new CallbackTranslator(keyboards, clock), replies, api,
                inFlight);
        started = true;
        new CommandMenu(api).publish(bot.commands().all(), admins);
        inFlight.track(bot.connect(platform));
        if (polling != null) {
            try {
                polling.start();
            } catch (TelegramApiException e) {
                router = null;
                throw new IllegalStateException("Telegram long polling could not start: " + api.describe(e));
            }
        } else {
            registerWebhook();
        }
        log.info("Telegram bot @{} is ready ({})", identity.username(), settings.mode().key());
    }

    /** The webhook handler to route {@code POST <path of TELEGRAM_WEBHOOK_URL>} to; webhook mode only. */
    public TelegramWebhook webhook() {
        if (webhook == null || settings.mode() != TelegramMode.WEBHOOK) {
            throw new IllegalStateException("TELEGRAM_MODE is not webhook");
        }
        return webhook;
    }

    /** The health check to register under {@code telegram}. */
    public HealthIndicator health() {
        return new TelegramHealth(api, settings.mode(), this::receivingProblem, clock);
    }

    /** Stops taking updates: polling ends, webhook calls get 503 (Telegram redelivers them later). */
    public void stopReceiving() {
        router = null;
        if (polling != null) {
            polling.stop();
        }
    }

    /** {@link #close(Duration)} with up to 30 s for answers in progress. */
    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /**
     * Stops receiving, waits up to {@code grace} for the answers to messages already handed to the
     * tutor (they are sent through this adapter's HTTP clients), then closes the clients.
     */
    public void close(Duration grace) {
        stopReceiving();
        try {
            if (!inFlight.awaitIdle(grace)) {
                log.warn("closing Telegram with {} answer(s) unsent; accepted ones are replayed after the restart", inFlight.pending());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        api.close();
        connection.close();
    }

    private void registerWebhook() {
        SetWebhook setWebhook = SetWebhook.builder()
                .url(settings.webhookUrl().orElseThrow().toString())
                .secretToken(settings.webhookSecret().orElseThrow().reveal())
                .allowedUpdates(LongPolling.ALLOWED_UPDATES)
                .dropPendingUpdates(false)
                .build();
        ApiResult<Boolean> result = api.setWebhook(setWebhook);
        if (!result.delivered()) {
            router = null;
            throw new IllegalStateException("Telegram refused the webhook " + settings.webhookUrl().get() + ": " + describe(result));
        }
    }

    private Optional<String> receivingProblem() {
        if (router == null) {
            return Optional.of(started ? "not accepting updates (stopping)" : "not started");
        }
        if (polling != null && !polling.running()) {
            return Optional.of("long polling is not running");
        }
        return Optional.empty();
    }

    private static String startFailure(ApiResult<User> me) {
        if (me instanceof ApiResult.Failed<User> failed && (failed.errorCode() == 401 || failed.errorCode() == 404)) {
            return "Telegram rejected TELEGRAM_BOT_TOKEN (" + failed.errorCode() + " " + failed.description() + ")";
        }
        return "Telegram could not be reached at TELEGRAM_API_URL: " + describe(me);
    }

    private static String describe(ApiResult<?> result) {
        return result instanceof ApiResult.Failed<?> failed ? failed.description() : result.getClass().getSimpleName();
    }
}
