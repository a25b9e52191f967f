package de.sprechstunde.discord.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/** One gateway session: enough for up to 2,500 servers. */
final class SingleConnection implements DiscordConnection {

    private final JDA jda;

    SingleConnection(JDA jda) {
        this.jda = jda;
    }

    @Override
    public void awaitReady(Duration timeout) throws InterruptedException {
        ReadyWait.until(jda, Instant.now().plus(timeout));
    }

    @Override
    public JDA primary() {
        return jda;
    }

    @Override
    public List<JDA> sessions() {
        return List.of(jda);
    }

    @Override
    public Optional<MessageChannel> channel(String channelId) {
        return Optional.ofNullable(jda.getChannelById(MessageChannel.class, channelId));
    }

    @Override
    public CompletableFuture<MessageChannel> directMessages(String userId) {
        return jda.openPrivateChannelById(userId).submit().thenApply(MessageChannel.class::cast);
    }

    @Override
    public void close() {
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
    }
}
