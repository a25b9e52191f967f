package de.sprechstunde.discord.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * The bot's gateway sessions: one JDA, or several shards under JDA's shard manager. The rest of
 * the adapter does not care which.
 */
public interface DiscordConnection extends AutoCloseable {

    /** Blocks until every session received READY. */
    void awaitReady(Duration timeout) throws InterruptedException;

    /** Shard 0 (or the only session): application commands and the bot's own user live here. */
    JDA primary();

    List<JDA> sessions();

    /** A cached channel of any kind (DM, guild channel, thread). */
    Optional<MessageChannel> channel(String channelId);

    /** The DM channel with a user, opened through REST when not cached. */
    CompletableFuture<MessageChannel> directMessages(String userId);

    @Override
    void close();
}
