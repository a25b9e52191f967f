package de.sprechstunde.speech.ffmpeg;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import net.bramp.ffmpeg.FFprobe;
import net.bramp.ffmpeg.probe.FFmpegFormat;
import net.bramp.ffmpeg.probe.FFmpegProbeResult;
import net.bramp.ffmpeg.probe.FFmpegStream;

/** Reads an audio file's format and duration with ffprobe, under a deadline. Thread-safe. */
final class AudioProbe {

    private final FFprobe ffprobe;
    private final WatchedProcesses processes;
    private final Duration timeout;

    AudioProbe(FFprobe ffprobe, WatchedProcesses processes, Duration timeout) {
        this.ffprobe = ffprobe;
        this.processes = processes;
        this.timeout = timeout;
    }

    /**
     * @return empty when the file holds no audio stream
     * @throws ProcessFailedException   when ffprobe cannot read the file
     * @throws ProcessTimedOutException when ffprobe took too long
     */
    Optional<ProbedAudio> probe(Path file) throws IOException {
        FFmpegProbeResult result = processes.watched(timeout, false, () -> ffprobe.probe(file.toString()));
        if (result == null) {
            // ffprobe ended well but the wrapper gave up waiting for it: nothing is known
            return Optional.of(new ProbedAudio("", "", 0, 0, Optional.empty()));
        }
        if (result.hasError()) {
            throw new ProcessFailedException("ffprobe cannot read the file", result.getError().string);
        }
        Optional<FFmpegStream> audio = result.getStreams().stream()
                .filter(s -> s.codec_type == FFmpegStream.CodecType.AUDIO).findFirst();
        if (audio.isEmpty()) {
            return Optional.empty();
        }
        FFmpegStream stream = audio.get();
        return Optional.of(new ProbedAudio(container(result.getFormat()), nullToEmpty(stream.codec_name), stream.sample_rate,
                stream.channels, duration(result.getFormat(), stream)));
    }

    private static Optional<Duration> duration(FFmpegFormat format, FFmpegStream stream) {
        double seconds = format != null && format.duration > 0 ? format.duration : stream.duration;
        return seconds > 0 && Double.isFinite(seconds) ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty();
    }

    private static String container(FFmpegFormat format) {
        return format == null ? "" : nullToEmpty(format.format_name);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
