package de.sprechstunde.deploy.config;

import static de.sprechstunde.deploy.config.Variables.*;

import de.sprechstunde.core.config.Secret;
import de.sprechstunde.discord.DiscordSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads DISCORD_* (docs/discord.md); empty when no DISCORD_BOT_TOKEN is set. */
final class DiscordConfig {

    private static final String SHARDS_EXPECTED = "'auto' or a number from 1 to 1024";

    private DiscordConfig() {
    }

    /** @param dataDir {@code DATA_DIR}, where the practice threads are remembered */
    static Optional<DiscordSettings> read(Env env, Path dataDir) {
        return env.secret(DISCORD_BOT_TOKEN).map(token -> settings(env, token, dataDir));
    }

    private static DiscordSettings settings(Env env, Secret token, Path dataDir) {
        DiscordSettings d = DiscordSettings.forToken(token);
        return new DiscordSettings(token,
                env.uri(DISCORD_API_URL, d.apiUrl(), "http", "https"),
                env.uri(DISCORD_GATEWAY_URL, d.gatewayUrl(), "ws", "wss"),
                env.parse(DISCORD_SHARDS, DiscordConfig::shards).orElse(d.shards()),
                d.gatewayCompression(), d.streamEditInterval(), d.maxDownloadBytes(),
                Optional.of(dataDir.resolve(DiscordSettings.PRACTICE_THREADS_FILE)));
    }

    /** {@code auto} (0: as many as Discord recommends) or a count. */
    private static OptionalInt shards(String value) {
        if (value.toLowerCase(Locale.ROOT).equals("auto")) {
            return OptionalInt.of(0);
        }
        try {
            int count = Integer.parseInt(value);
            if (count >= 1 && count <= 1024) {
                return OptionalInt.of(count);
            }
        } catch (NumberFormatException e) {
            // the same message as a number out of range
        }
        throw new IllegalArgumentException("must be " + SHARDS_EXPECTED);
    }
}
