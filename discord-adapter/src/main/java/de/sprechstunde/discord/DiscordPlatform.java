package de.sprechstunde.discord;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.DirectDelivery;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceNote;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Discord as the core sees it between messages: attachment downloads and replies to replayed messages. */
final class DiscordPlatform implements ChatPlatform {

    private final AttachmentDownloader downloader;
    private static final Logger log = LoggerFactory.getLogger(DiscordPlatform.class);
    private static final Duration OPEN_DM_TIMEOUT = Duration.ofSeconds(30);

    private final ReplySinks sinks;

    DiscordPlatform(AttachmentDownloader downloader, ReplySinks sinks) {
        this.downloader = downloader;
        this.sinks = sinks;
    }

    @Override
    public Platform platform() {
        return Platform.DISCORD;
    }

    @Override
    public byte[] download(VoiceNote note) throws IOException {
        return downloader.download(note.fileRef());
    }

    @Override
    public ReplySink replyTo(IncomingMessage message) {
        return sinks.forReplay(message);
    }

    /** By DM; a learner who closed their DMs to the bot (Discord 50007) counts as blocked. */
    @Override
    public DirectDelivery sendDirect(LearnerId learner, List<Reply> replies) {
        MessageChannel dm;
        try {
            dm = sinks.directMessages(learner.userId()).get(OPEN_DM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DirectDelivery.FAILED;
        } catch (ExecutionException e) {
            log.warn("could not open a DM channel: {}", e.getCause().toString());
            return e.getCause() instanceof ErrorResponseException refused && !refused.isServerError()
                    ? DirectDelivery.BLOCKED : DirectDelivery.FAILED;
        } catch (TimeoutException e) {
            return DirectDelivery.FAILED;
        }
        ReplySink sink = sinks.forDirect(dm);
        try {
            replies.forEach(sink::send);
        } catch (DeliveryFailedException e) {
            return DirectDelivery.FAILED;
        }
        return sinks.refuses(dm.getId()) ? DirectDelivery.BLOCKED : DirectDelivery.DELIVERED;
    }
}
