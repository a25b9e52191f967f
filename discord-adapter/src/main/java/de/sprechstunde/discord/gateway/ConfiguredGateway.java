package de.sprechstunde.discord.gateway;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller with the gateway address taken from configuration. JDA hard-codes
 * {@code wss://gateway.discord.gg/}; a single login asks {@link #getGateway()}, the shard manager
 * asks {@link #getShardedGateway} (which also reads the shard count from {@code GET gateway/bot}
 * on the configured REST base). Login pacing between shards stays JDA's own.
 */
public final class ConfiguredGateway extends ConcurrentSessionController {

    private final String gatewayUrl;

    public ConfiguredGateway(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway recommended = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, recommended.getShardTotal(), recommended.getConcurrency());
    }
}
