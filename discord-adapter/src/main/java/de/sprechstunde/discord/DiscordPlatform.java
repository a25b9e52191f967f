package de.sprechstunde.discord;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceNote;
import java.io.IOException;

/** Discord as the core sees it between messages: attachment downloads and replies to replayed messages. */
final class DiscordPlatform implements ChatPlatform {

    private final AttachmentDownloader downloader;
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
}
