package de.sprechstunde.speech.ffmpeg;

import de.sprechstunde.core.port.PcmAudio;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import net.bramp.ffmpeg.builder.FFmpegBuilder;

/** The ffmpeg command lines, built with ffmpeg-cli-wrapper's builder. */
final class FfmpegCommands {

    static final int RECOGNIZER_RATE = 16_000;
    static final int VOICE_RATE = 48_000;
    /** Opus at 32 kbit/s is clear speech and small enough for any platform. */
    static final long VOICE_BITS_PER_SECOND = 32_000;

    private final Duration decodeLimit;

    FfmpegCommands(Duration decodeLimit) {
        this.decodeLimit = decodeLimit;
    }

    /**
     * Any audio → 16 kHz mono 16-bit PCM WAV with a plain 44-byte header, at most {@code decodeLimit}
     * long. At info level without banner or progress, so the output is the input's description
     * (its stated duration, see {@link StatedDuration}) and errors.
     */
    FFmpegBuilder toRecognizerWav(Path input, Path output) {
        return new FFmpegBuilder()
                .setVerbosity(FFmpegBuilder.Verbosity.INFO)
                .addExtraArgs("-nostdin", "-hide_banner", "-nostats")
                .setInput(input.toString())
                .addOutput(output.toString())
                .disableVideo()
                .disableSubtitle()
                .setFormat("wav")
                .setAudioCodec("pcm_s16le")
                .setAudioChannels(1)
                .setAudioSampleRate(RECOGNIZER_RATE)
                .setDuration(decodeLimit.toMillis(), TimeUnit.MILLISECONDS)
                .addExtraArgs("-map_metadata", "-1", "-fflags", "+bitexact")
                .done();
    }

    /** Raw PCM (a file, or {@code pipe:0} for standard input) → OGG/Opus, 48 kHz mono, tuned for speech. */
    FFmpegBuilder toOggOpus(String input, PcmAudio pcm, Path output) {
        return rawInput(input, pcm)
                .addOutput(output.toString())
                .setFormat("ogg")
                .setAudioCodec("libopus")
                .setAudioChannels(1)
                .setAudioSampleRate(VOICE_RATE)
                .setAudioBitRate(VOICE_BITS_PER_SECOND)
                .addExtraArgs("-application", "voip", "-map_metadata", "-1")
                .done();
    }

    /** Raw PCM → the same raw PCM played at {@code tempo} of its speed, pitch kept. */
    FFmpegBuilder slower(Path input, PcmAudio pcm, double tempo, Path output) {
        return rawInput(input.toString(), pcm)
                .addOutput(output.toString())
                .setFormat("s16le")
                .setAudioCodec("pcm_s16le")
                .setAudioChannels(pcm.channels())
                .setAudioSampleRate(pcm.sampleRate())
                .setAudioFilter(String.format(Locale.ROOT, "atempo=%.3f", tempo))
                .done();
    }

    private static FFmpegBuilder rawInput(String input, PcmAudio pcm) {
        // -f, -ar and -ac before -i describe the headerless input
        return new FFmpegBuilder()
                .setVerbosity(FFmpegBuilder.Verbosity.ERROR)
                .setFormat("s16le")
                .addExtraArgs("-nostdin", "-ar", String.valueOf(pcm.sampleRate()), "-ac", String.valueOf(pcm.channels()))
                .setInput(input);
    }
}
