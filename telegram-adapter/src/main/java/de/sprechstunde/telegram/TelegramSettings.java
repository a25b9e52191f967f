package de.sprechstunde.telegram;

import de.sprechstunde.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the Telegram adapter needs to know, validated at construction (the deploy module's
 * configuration reader checks each variable before it builds one). The token never appears in any
 * message.
 *
 * @param token              {@code TELEGRAM_BOT_TOKEN}
 * @param apiUrl             {@code TELEGRAM_API_URL}: scheme, host and port of the Bot API, used for every call and file download
 * @param mode               {@code TELEGRAM_MODE}
 * @param webhookUrl         {@code TELEGRAM_WEBHOOK_URL}: the public URL given to Telegram (webhook mode only)
 * @param webhookSecret      {@code TELEGRAM_WEBHOOK_SECRET}: checked on every webhook call (webhook mode only)
 * @param pollTimeout        {@code TELEGRAM_POLL_TIMEOUT_SECONDS}: how long one getUpdates call is held open
 * @param privateChatSpacing {@code TELEGRAM_CHAT_INTERVAL_MS}: least time between two messages or edits in one private chat
 * @param groupChatSpacing   {@code TELEGRAM_GROUP_INTERVAL_MS}: the same for group chats (Telegram allows about 20 per minute)
 * @param maxCallsPerSecond  {@code TELEGRAM_MAX_CALLS_PER_SECOND}: outgoing calls per second over all chats
 */
public record TelegramSettings(
        Secret token,
        URI apiUrl,
        TelegramMode mode,
        Optional<URI> webhookUrl,
        Optional<Secret> webhookSecret,
        Duration pollTimeout,
        Duration privateChatSpacing,
        Duration groupChatSpacing,
        int maxCallsPerSecond) {

    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    /** What a bot token from BotFather looks like. */
    public static final Pattern TOKEN_SHAPE = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{1,200}");
    /** What Telegram accepts as a webhook's secret token. */
    public static final Pattern WEBHOOK_SECRET_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        if (!TOKEN_SHAPE.matcher(token.reveal()).matches()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters, digits, _ or -)");
        }
        checkApiUrl(apiUrl);
        webhookSecret.ifPresent(secret -> {
            if (!WEBHOOK_SECRET_SHAPE.matcher(secret.reveal()).matches()) {
                throw new IllegalArgumentException("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
            }
        });
        if (mode == TelegramMode.WEBHOOK) {
            URI url = webhookUrl.orElseThrow(() -> new IllegalArgumentException("TELEGRAM_WEBHOOK_URL is required when TELEGRAM_MODE=webhook"));
            if (url.getHost() == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
                throw new IllegalArgumentException("TELEGRAM_WEBHOOK_URL must be an absolute http(s) URL (Telegram itself only calls https)");
            }
            if (webhookSecret.isEmpty()) {
                throw new IllegalArgumentException("TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_MODE=webhook");
            }
        }
        between("TELEGRAM_POLL_TIMEOUT_SECONDS", pollTimeout.toSeconds(), 1, 90);
        between("TELEGRAM_CHAT_INTERVAL_MS", privateChatSpacing.toMillis(), 0, 60_000);
        between("TELEGRAM_GROUP_INTERVAL_MS", groupChatSpacing.toMillis(), 0, 60_000);
        between("TELEGRAM_MAX_CALLS_PER_SECOND", maxCallsPerSecond, 1, 30);
    }

    /** Polling against the real Bot API with the defaults of the configuration contract. */
    public static TelegramSettings polling(Secret token) {
        return new TelegramSettings(token, URI.create(DEFAULT_API_URL), TelegramMode.POLLING, Optional.empty(),
                Optional.empty(), Duration.ofSeconds(50), Duration.ofSeconds(1), Duration.ofSeconds(3), 30);
    }

    /** The path Telegram posts webhook calls to, for routing them from the HTTP server; {@code /} when the URL has none. */
    public String webhookPath() {
        return webhookUrl.map(URI::getRawPath).filter(path -> !path.isEmpty()).orElse("/");
    }

    public TelegramSettings withApiUrl(URI newApiUrl) {
        return new TelegramSettings(token, newApiUrl, mode, webhookUrl, webhookSecret, pollTimeout, privateChatSpacing,
                groupChatSpacing, maxCallsPerSecond);
    }

    public TelegramSettings withSpacing(Duration privateChats, Duration groupChats) {
        return new TelegramSettings(token, apiUrl, mode, webhookUrl, webhookSecret, pollTimeout, privateChats,
                groupChats, maxCallsPerSecond);
    }

    public TelegramSettings withPollTimeout(Duration timeout) {
        return new TelegramSettings(token, apiUrl, mode, webhookUrl, webhookSecret, timeout, privateChatSpacing,
                groupChatSpacing, maxCallsPerSecond);
    }

    public TelegramSettings withWebhook(URI url, Secret secret) {
        return new TelegramSettings(token, apiUrl, TelegramMode.WEBHOOK, Optional.of(url), Optional.of(secret), pollTimeout,
                privateChatSpacing, groupChatSpacing, maxCallsPerSecond);
    }

    private static void checkApiUrl(URI url) {
        Objects.requireNonNull(url, "apiUrl");
        boolean httpish = "https".equals(url.getScheme()) || "http".equals(url.getScheme());
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (!httpish || url.getHost() == null || !(path.isEmpty() || path.equals("/")) || url.getRawQuery() != null) {
            // telegrambots' TelegramUrl has room for scheme, host and port only
            throw new IllegalArgumentException("TELEGRAM_API_URL must be http(s)://host[:port] without a path, got '" + url + "'");
        }
    }

    private static void between(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
