package de.sprechstunde.telegram;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.DirectDelivery;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceNote;
import de.sprechstunde.telegram.api.BlockedChats;
import de.sprechstunde.telegram.api.ChatRef;
import de.sprechstunde.telegram.api.FileDownloader;
import de.sprechstunde.telegram.outbound.Destination;
import de.sprechstunde.telegram.outbound.TelegramReplies;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Telegram as the core sees it beyond single messages: voice downloads and answers to replayed messages. Thread-safe. */
final class TelegramPlatform implements ChatPlatform {

    private final FileDownloader downloader;
    private final TelegramReplies replies;
    private final BlockedChats blocked;

    TelegramPlatform(FileDownloader downloader, TelegramReplies replies, BlockedChats blocked) {
        this.downloader = downloader;
        this.replies = replies;
        this.blocked = blocked;
    }

    /** A learner's private chat with the bot has the learner's user id as its chat id. */
    @Override
    public DirectDelivery sendDirect(LearnerId learner, List<Reply> messages) {
        long chatId;
        try {
            chatId = Long.parseLong(learner.userId());
        } catch (NumberFormatException e) {
            return DirectDelivery.UNSUPPORTED;
        }
        ReplySink sink = replies.sinkFor(new Destination(ChatRef.of(chatId), Optional.empty()));
        try {
            messages.forEach(sink::send);
        } catch (DeliveryFailedException e) {
            return DirectDelivery.FAILED;
        }
        // a 403 is recorded by the Bot API client and the send returns normally
        return blocked.isBlocked(chatId) ? DirectDelivery.BLOCKED : DirectDelivery.DELIVERED;
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public byte[] download(VoiceNote note) throws IOException {
        return downloader.download(note.fileRef());
    }

    @Override
    public ReplySink replyTo(IncomingMessage message) {
        ChatRef chat = ChatRef.parse(message.chat().chatId());
        Optional<Integer> quoting = message.chat().group() ? messageId(message) : Optional.empty();
        return replies.sinkFor(new Destination(chat, quoting));
    }

    /** Button presses have keys like {@code cb123}: nothing to quote. */
    private static Optional<Integer> messageId(IncomingMessage message) {
        try {
            return Optional.of(Integer.parseInt(message.key().messageId()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
