package de.sprechstunde.discord;

import de.sprechstunde.core.config.Secret;
import de.sprechstunde.discord.gateway.GatewaySettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the Discord adapter connects. Validated on construction (the deploy module's configuration
 * reader checks each variable before it builds one).
 *
 * @param token             the bot token ({@code DISCORD_BOT_TOKEN}); never logged
 * @param apiUrl            REST base, ending in a slash ({@code DISCORD_API_URL})
 * @param gatewayUrl        gateway WebSocket address ({@code DISCORD_GATEWAY_URL})
 * @param shards            empty for one gateway connection; a count, or 0 for "as many as Discord
 *                          recommends", to run JDA's shard manager ({@code DISCORD_SHARDS})
 * @param gatewayCompression whether the gateway stream is zlib-compressed (Discord's and JDA's default)
 * @param streamEditInterval the shortest time between two edits of a streamed answer
 * @param maxDownloadBytes  the largest attachment the adapter downloads
 * @param practiceThreads   the file that remembers practice threads across restarts
 *                          ({@code DATA_DIR/discord-practice-threads.txt}); empty keeps them in memory only
 */
public record DiscordSettings(
        Secret token,
        URI apiUrl,
        URI gatewayUrl,
        OptionalInt shards,
        boolean gatewayCompression,
        Duration streamEditInterval,
        long maxDownloadBytes,
        Optional<Path> practiceThreads) {

    /** The part of these settings that opening the gateway needs. */
    public GatewaySettings gateway() {
        return new GatewaySettings(token, apiUrl, gatewayUrl, shards, gatewayCompression);
    }

    public static final String DEFAULT_API_URL = "https://discord.com/api/v10/";
    public static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/";
    /** The file under {@code DATA_DIR} that remembers practice threads. */
    public static final String PRACTICE_THREADS_FILE = "discord-practice-threads.txt";
    /** Discord's attachment limit for bots without boosts; voice notes are far smaller. */
    public static final long DEFAULT_MAX_DOWNLOAD_BYTES = 25L * 1024 * 1024;

    public DiscordSettings {
        Objects.requireNonNull(token, "DISCORD_BOT_TOKEN");
        apiUrl = withTrailingSlash(requireScheme("DISCORD_API_URL", apiUrl, "http", "https"));
        gatewayUrl = requireScheme("DISCORD_GATEWAY_URL", gatewayUrl, "ws", "wss");
        Objects.requireNonNull(shards, "shards");
        if (shards.isPresent() && (shards.getAsInt() < 0 || shards.getAsInt() > 1024)) {
            throw new IllegalArgumentException("DISCORD_SHARDS must be 'auto' or a number from 1 to 1024");
        }
        Objects.requireNonNull(streamEditInterval, "streamEditInterval");
        if (streamEditInterval.isNegative()) {
            throw new IllegalArgumentException("streamEditInterval must not be negative");
        }
        if (maxDownloadBytes <= 0) {
            throw new IllegalArgumentException("maxDownloadBytes must be positive");
        }
        Objects.requireNonNull(practiceThreads, "practiceThreads");
    }

    /** Production defaults for a token: Discord's own addresses, one connection, edits at most once a second. */
    public static DiscordSettings forToken(Secret token) {
        return new DiscordSettings(token, URI.create(DEFAULT_API_URL), URI.create(DEFAULT_GATEWAY_URL), OptionalInt.empty(),
                true, Duration.ofSeconds(1), DEFAULT_MAX_DOWNLOAD_BYTES, Optional.empty());
    }

    public DiscordSettings withApiUrl(URI value) {
        return new DiscordSettings(token, value, gatewayUrl, shards, gatewayCompression, streamEditInterval, maxDownloadBytes, practiceThreads);
    }

    public DiscordSettings withGatewayUrl(URI value) {
        return new DiscordSettings(token, apiUrl, value, shards, gatewayCompression, streamEditInterval, maxDownloadBytes, practiceThreads);
    }

    public DiscordSettings withShards(OptionalInt value) {
        return new DiscordSettings(token, apiUrl, gatewayUrl, value, gatewayCompression, streamEditInterval, maxDownloadBytes, practiceThreads);
    }

    public DiscordSettings withGatewayCompression(boolean value) {
        return new DiscordSettings(token, apiUrl, gatewayUrl, shards, value, streamEditInterval, maxDownloadBytes, practiceThreads);
    }

    public DiscordSettings withPracticeThreads(Optional<Path> value) {
        return new DiscordSettings(token, apiUrl, gatewayUrl, shards, gatewayCompression, streamEditInterval, maxDownloadBytes, value);
    }

    private static URI requireScheme(String name, URI uri, String... schemes) {
        Objects.requireNonNull(uri, name);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        for (String allowed : schemes) {
            if (allowed.equals(scheme) && uri.getHost() != null) {
                return uri;
            }
        }
        throw new IllegalArgumentException(name + " must be an absolute " + String.join(" or ", schemes)
                + " URL, got '" + uri + "'");
    }

    private static URI withTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }
}
