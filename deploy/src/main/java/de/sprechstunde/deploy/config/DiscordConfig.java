package de.sprechstunde.deploy.config;

import de.sprechstunde.discord.DiscordSettings;
import java.nio.file.Path;
import java.util.Optional;

/** Reads DISCORD_* (docs/discord.md); empty when no DISCORD_BOT_TOKEN is set. */
final class DiscordConfig {

    private DiscordConfig() {
    }

    static Optional<DiscordSettings> read(Env env, Path dataDir) {
        return Validated.settings(() -> DiscordSettings.fromVariables(env::optional, dataDir));
    }
}
