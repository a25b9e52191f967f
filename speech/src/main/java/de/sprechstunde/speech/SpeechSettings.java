package de.sprechstunde.speech;

import de.sprechstunde.speech.espeak.EspeakSettings;
import de.sprechstunde.speech.ffmpeg.FfmpegSettings;
import de.sprechstunde.speech.whisper.WhisperSettings;
import de.sprechstunde.speech.wyoming.PiperSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the speech module needs to know; the deploy module's configuration reader reads it
 * from the environment.
 *
 * @param ffmpeg  transcoding (always; a missing ffmpeg turns voice off)
 * @param whisper speech recognition; empty without {@code WHISPER_HOST} (voice notes get "please type")
 * @param piper   the voice; empty without {@code PIPER_HOST} (espeak-ng if installed, else text only)
 * @param espeak  the fallback voice
 */
public record SpeechSettings(FfmpegSettings ffmpeg, Optional<WhisperSettings> whisper, Optional<PiperSettings> piper,
                             EspeakSettings espeak) {

    public SpeechSettings {
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        Objects.requireNonNull(whisper, "whisper");
        Objects.requireNonNull(piper, "piper");
        Objects.requireNonNull(espeak, "espeak");
    }

    /** No Whisper, no Piper: ffmpeg and espeak-ng from the PATH with the contract's limits. */
    public static SpeechSettings defaults() {
        return new SpeechSettings(FfmpegSettings.defaults(), Optional.empty(), Optional.empty(), EspeakSettings.defaults());
    }

    public SpeechSettings withWhisper(WhisperSettings settings) {
        return new SpeechSettings(ffmpeg, Optional.of(settings), piper, espeak);
    }

    public SpeechSettings withPiper(PiperSettings settings) {
        return new SpeechSettings(ffmpeg, whisper, Optional.of(settings), espeak);
    }

    public SpeechSettings withFfmpeg(FfmpegSettings settings) {
        return new SpeechSettings(settings, whisper, piper, espeak);
    }

    public SpeechSettings withEspeak(EspeakSettings settings) {
        return new SpeechSettings(ffmpeg, whisper, piper, settings);
    }
}
