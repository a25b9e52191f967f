package de.sprechstunde.telegram.inbound;

import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.VoiceNote;
import java.time.Duration;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What a Telegram message carries, in the core's terms: text, a voice note (voice messages, audio
 * files and audio sent as documents), or a named kind the tutor cannot use. Service messages
 * (members joining, pins, topic changes, …) read as nothing and are ignored. Stateless.
 */
final class ContentReader {

    Optional<MessageContent> read(Message message) {
        if (message.hasText()) {
            return Optional.of(new MessageContent.Text(message.getText()));
        }
        if (message.hasVoice()) {
            var voice = message.getVoice();
            return voice(voice.getFileId(), voice.getDuration(), voice.getFileSize(), voice.getMimeType(), "audio/ogg");
        }
        if (message.hasAudio()) {
            var audio = message.getAudio();
            return voice(audio.getFileId(), audio.getDuration(), audio.getFileSize(), audio.getMimeType(), "");
        }
        if (message.hasDocument()) {
            var document = message.getDocument();
            String mime = document.getMimeType() == null ? "" : document.getMimeType();
            return mime.startsWith("audio/")
                    ? voice(document.getFileId(), null, document.getFileSize(), mime, "")
                    : unsupported("document");
        }
        return unsupportedKind(message).map(MessageContent.Unsupported::new);
    }

    private static Optional<String> unsupportedKind(Message message) {
        if (message.hasSticker()) {
            return Optional.of("sticker");
        }
        if (message.hasPhoto()) {
            return Optional.of("photo");
        }
        if (message.hasAnimation()) {
            return Optional.of("GIF");
        }
        if (message.hasVideo()) {
            return Optional.of("video");
        }
        if (message.hasVideoNote()) {
            return Optional.of("video note");
        }
        if (message.hasLocation() || message.getVenue() != null) {
            return Optional.of("location");
        }
        if (message.hasContact()) {
            return Optional.of("contact");
        }
        if (message.hasPoll()) {
            return Optional.of("poll");
        }
        if (message.hasDice()) {
            return Optional.of("dice");
        }
        if (message.hasGame()) {
            return Optional.of("game");
        }
        if (message.getStory() != null) {
            return Optional.of("story");
        }
        return Optional.empty();
    }

    private static Optional<MessageContent> unsupported(String kind) {
        return Optional.of(new MessageContent.Unsupported(kind));
    }

    private static Optional<MessageContent> voice(String fileId, Integer seconds, Long size, String mime, String fallbackMime) {
        Optional<Duration> duration = Optional.ofNullable(seconds).map(Duration::ofSeconds);
        String type = mime == null || mime.isBlank() ? fallbackMime : mime;
        return Optional.of(new MessageContent.Voice(new VoiceNote(fileId, duration, size == null ? -1 : size, type)));
    }
}
