package de.sprechstunde.discord.gateway;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;
import okhttp3.OkHttpClient;

/**
 * Opens the gateway sessions: one {@code JDABuilder} login, or JDA's shard manager when
 * {@code DISCORD_SHARDS} is set. Only the intents the tutor needs (JDA adds GUILDS itself, for its
 * channel cache); no member or presence caches.
 */
public final class DiscordConnector {

    /** Direct messages, server messages, and their text (privileged: switch it on in the Developer Portal). */
    public static final EnumSet<GatewayIntent> INTENTS =
            EnumSet.of(GatewayIntent.DIRECT_MESSAGES, GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

    private final GatewaySettings settings;
    private final OkHttpClient http;

    public DiscordConnector(GatewaySettings settings, OkHttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    /**
     * Starts logging in and returns at once; wait with {@link DiscordConnection#awaitReady}.
     *
     * @throws net.dv8tion.jda.api.exceptions.InvalidTokenException when Discord refuses the token
     */
    public DiscordConnection connect(List<Object> listeners) {
        String token = settings.token().reveal();
        RestConfig rest = new RestConfig().setBaseUrl(settings.apiUrl().toString());
        ConfiguredGateway gateway = new ConfiguredGateway(settings.gatewayUrl().toString());
        Compression compression = settings.compression() ? Compression.ZLIB : Compression.NONE;
        if (settings.shards().isEmpty()) {
            return new SingleConnection(JDABuilder.createLight(token, INTENTS)
                    .setHttpClient(http)
                    .setRestConfig(rest)
                    .setSessionController(gateway)
                    .setCompression(compression)
                    .setAutoReconnect(true)
                    .setEnableShutdownHook(false)
                    .addEventListeners(listeners.toArray())
                    .build());
        }
        int shards = settings.shards().getAsInt();
        return new ShardedConnection(DefaultShardManagerBuilder.createLight(token, INTENTS)
                .setHttpClient(http)
                .setRestConfig(rest)
                .setSessionController(gateway)
                .setCompression(compression)
                .setAutoReconnect(true)
                .setEnableShutdownHook(false)
                .setShardsTotal(shards == 0 ? -1 : shards)
                .addEventListeners(listeners.toArray())
                .build());
    }
}
