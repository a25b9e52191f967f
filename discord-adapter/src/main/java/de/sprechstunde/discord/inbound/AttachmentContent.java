package de.sprechstunde.discord.inbound;

import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.VoiceNote;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.entities.Message;

/**
 * What a message's attachments mean to the tutor: a voice message or an audio file is something
 * to listen to; anything else (image, video, document) is a kind it cannot use.
 */
final class AttachmentContent {

    private static final Set<String> AUDIO_EXTENSIONS = Set.of("ogg", "oga", "opus", "mp3", "m4a", "wav", "flac", "aac", "webm");

    private AttachmentContent() {
    }

    /** The voice note to transcribe, if the message carries one. */
    static Optional<MessageContent.Voice> voice(Message message) {
        for (Message.Attachment attachment : message.getAttachments()) {
            if (message.isVoiceMessage() || isAudio(attachment)) {
                Optional<Duration> duration = attachment.getDuration() > 0
                        ? Optional.of(Duration.ofMillis(Math.round(attachment.getDuration() * 1000))) : Optional.empty();
                String type = attachment.getContentType() == null ? "" : attachment.getContentType();
                return Optional.of(new MessageContent.Voice(new VoiceNote(attachment.getUrl(), duration, attachment.getSize(), type)));
            }
        }
        return Optional.empty();
    }

    /** A short name for what was sent instead of text, for the "I can't use a …" reply. */
    static MessageContent.Unsupported unsupported(Message message) {
        if (!message.getStickers().isEmpty()) {
            return new MessageContent.Unsupported("sticker");
        }
        List<Message.Attachment> attachments = message.getAttachments();
        if (attachments.isEmpty()) {
            return new MessageContent.Unsupported(message.getEmbeds().isEmpty() && message.getPoll() == null ? "empty message" : "embed");
        }
        Message.Attachment first = attachments.get(0);
        if (first.isImage()) {
            return new MessageContent.Unsupported("image");
        }
        if (first.isVideo()) {
            return new MessageContent.Unsupported("video");
        }
        return new MessageContent.Unsupported("file");
    }

    private static boolean isAudio(Message.Attachment attachment) {
        String type = attachment.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("audio/")) {
            return true;
        }
        String extension = attachment.getFileExtension();
        return type == null && extension != null && AUDIO_EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT));
    }
}
