package de.sprechstunde.core.pipeline;

import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceNote;
import de.sprechstunde.core.message.VoiceTooLargeException;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.SpeechToText;
import de.sprechstunde.core.port.Transcript;
import de.sprechstunde.core.tutor.TutorTexts;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a voice note into words: checks the announced size and duration before downloading,
 * fetches it through its platform, converts it for the recogniser and transcribes it. Every
 * failure becomes a friendly explanation instead of an exception.
 */
public final class VoiceInput {

    private static final Logger log = LoggerFactory.getLogger(VoiceInput.class);

    /** What came of listening. */
    public sealed interface Result {
        record Heard(Transcript transcript) implements Result {
        }

        record Refused(String reason, String explanation) implements Result {
        }
    }

    private final Optional<SpeechToText> recogniser;
    private final AudioTranscoder transcoder;
    private final ChatPlatforms platforms;
    private final TutorSettings settings;
    private final BotMetrics metrics;

    public VoiceInput(Optional<SpeechToText> recogniser, AudioTranscoder transcoder, ChatPlatforms platforms,
                      TutorSettings settings, BotMetrics metrics) {
        this.recogniser = Objects.requireNonNull(recogniser, "recogniser");
        this.transcoder = transcoder;
        this.platforms = platforms;
        this.settings = settings;
        this.metrics = metrics;
    }

    public boolean available() {
        return recogniser.isPresent();
    }

    public Result listen(IncomingMessage message, VoiceNote note, ReplySink sink, TutorTexts texts) {
        if (recogniser.isEmpty()) {
            return new Result.Refused("voice_not_configured", texts.voiceNotSetUp());
        }
        Duration max = settings.maxVoiceDuration();
        if (note.duration().filter(d -> d.compareTo(max) > 0).isPresent()) {
            return new Result.Refused("voice_too_long", texts.voiceTooLong(note.duration().get(), max));
        }
        if (note.sizeBytes() > settings.maxVoiceBytes()) {
            return tooLarge(OptionalLong.of(note.sizeBytes()), texts);
        }
        Optional<ChatPlatform> platform = platforms.get(message.platform());
        if (platform.isEmpty()) {
            log.error("voice note from {} but that platform is not registered", message.platform().key());
            return new Result.Refused("voice_unavailable", texts.voiceUnavailable());
        }
        sink.working(Activity.TYPING);
        try {
            byte[] audio = platform.get().download(note);
            if (audio.length > settings.maxVoiceBytes()) {
                return tooLarge(OptionalLong.of(audio.length), texts);
            }
            Transcript transcript = recogniser.get().transcribe(transcoder.toRecognizerWav(audio));
            if (transcript.text().isBlank()) {
                return new Result.Refused("no_speech", texts.voiceSilent());
            }
            return new Result.Heard(transcript);
        } catch (VoiceTooLargeException e) {
            // what the platform measured beats what the update claimed
            log.info("voice note too large to fetch: {}", e.getMessage());
            return tooLarge(e.sizeBytes(), texts);
        } catch (IOException e) {
            log.warn("could not download voice note: {}", e.toString());
            metrics.error("voice_download", "io");
            return new Result.Refused("voice_download_failed", texts.voiceDownloadFailed());
        } catch (SpeechException e) {
            log.warn("could not understand voice note: {} ({})", e.kind(), e.getMessage());
            metrics.error("stt", e.kind().name().toLowerCase(Locale.ROOT));
            return new Result.Refused("voice_" + e.kind().name().toLowerCase(Locale.ROOT), explain(e, texts, note));
        }
    }

    private Result tooLarge(OptionalLong size, TutorTexts texts) {
        return new Result.Refused("voice_too_large", texts.voiceTooLarge(size, settings.maxVoiceBytes(), settings.maxVoiceDuration()));
    }

    private String explain(SpeechException e, TutorTexts texts, VoiceNote note) {
        return switch (e.kind()) {
            case CORRUPT_AUDIO -> texts.voiceCorrupt();
            // the measured length beats what the platform claimed
            case TOO_LONG -> texts.voiceTooLong(e.measuredDuration().or(note::duration)
                    .orElse(settings.maxVoiceDuration().plusSeconds(1)), settings.maxVoiceDuration());
            case TOO_LARGE -> texts.voiceTooLarge(OptionalLong.empty(), settings.maxVoiceBytes(), settings.maxVoiceDuration());
            case NO_SPEECH -> texts.voiceSilent();
            case NOT_CONFIGURED -> texts.voiceNotSetUp();
            case UNAVAILABLE, TIMEOUT -> texts.voiceUnavailable();
        };
    }
}
