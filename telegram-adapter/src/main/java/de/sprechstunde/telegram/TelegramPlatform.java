package de.sprechstunde.telegram;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceNote;
import de.sprechstunde.telegram.api.ChatRef;
import de.sprechstunde.telegram.api.FileDownloader;
import de.sprechstunde.telegram.outbound.Destination;
import de.sprechstunde.telegram.outbound.TelegramReplies;
import java.io.IOException;
import java.util.Optional;

/** Telegram as the core sees it beyond single messages: voice downloads and answers to replayed messages. Thread-safe. */
final class TelegramPlatform implements ChatPlatform {

    private final FileDownloader downloader;
    private final TelegramReplies replies;

    TelegramPlatform(FileDownloader downloader, TelegramReplies replies) {
        this.downloader = downloader;
        this.replies = replies;
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
