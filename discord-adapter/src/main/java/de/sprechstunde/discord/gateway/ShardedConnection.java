package de.sprechstunde.discord.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;

/** Several gateway sessions under JDA's shard manager, which paces their logins. */
final class ShardedConnection implements DiscordConnection {

    private final ShardManager shards;

    ShardedConnection(ShardManager shards) {
        this.shards = shards;
    }

    @Override
    public void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        // the shard manager creates its sessions one after another: wait until all exist, then until each is ready
        while (shards.getShardCache().size() < shards.getShardsTotal()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + shards.getShardCache().size() + " of " + shards.getShardsTotal()
                        + " Discord shards started within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
        for (JDA shard : sessions()) {
            ReadyWait.until(shard, deadline);
        }
    }

    @Override
    public JDA primary() {
        return sessions().get(0);
    }

    @Override
    public List<JDA> sessions() {
        return shards.getShards().stream().sorted(Comparator.comparingInt(jda -> jda.getShardInfo().getShardId())).toList();
    }

    @Override
    public Optional<MessageChannel> channel(String channelId) {
        return Optional.ofNullable(shards.getChannelById(MessageChannel.class, channelId));
    }

    @Override
    public CompletableFuture<MessageChannel> directMessages(String userId) {
        return shards.retrieveUserById(userId).submit()
                .thenCompose(user -> user.openPrivateChannel().submit())
                .thenApply(MessageChannel.class::cast);
    }

    @Override
    public void close() {
        shards.shutdown();
    }
}
