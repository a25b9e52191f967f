package de.sprechstunde.telegram.inbound;

import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.VoiceNote;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What a Telegram message carries, in the core's terms: text, a voice note (voice messages, audio
 * files and audio sent as documents), or a named kind the tutor cannot use. Service messages
 * (members joining, pins, topic changes, …) read as nothing and are ignored. Stateless.
 */
final class ContentReader {

    /** Kinds the tutor cannot use, named for the learner; anything else without text or audio is a service message. */
    private static final List<Map.Entry<Predicate<Message>, String>> UNSUPPORTED = List.of(
            Map.entry(Message::hasSticker, "sticker"),
            Map.entry(Message::hasPhoto, "photo"),
            Map.entry(Message::hasAnimation, "GIF"),
            Map.entry(Message::hasVideo, "video"),
            Map.entry(Message::hasVideoNote, "video note"),
            Map.entry(message -> message.hasLocation() || message.getVenue() != null, "location"),
            Map.entry(Message::hasContact, "contact"),
            Map.entry(Message::hasPoll, "poll"),
            Map.entry(Message::hasDice, "dice"),
            Map.entry(Message::hasGame, "game"),
            Map.entry(message -> message.getStory() != null, "story"));

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
        return UNSUPPORTED.stream().filter(kind -> kind.getKey().test(message)).map(Map.Entry::getValue).findFirst();
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
