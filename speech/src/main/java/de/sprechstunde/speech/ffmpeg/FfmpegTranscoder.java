package de.sprechstunde.speech.ffmpeg;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeechException.Kind;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.VoiceClipEncoder;
import de.sprechstunde.speech.audio.TempoChanger;
import de.sprechstunde.speech.audio.WavFile;
import de.sprechstunde.speech.audio.Waveform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import net.bramp.ffmpeg.FFmpeg;
import net.bramp.ffmpeg.FFprobe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audio conversions with ffmpeg through ffmpeg-cli-wrapper: voice notes to 16 kHz mono WAV for
 * Whisper, synthesised speech to OGG/Opus voice messages, and slowed-down speech. Every run has a
 * deadline, works in its own temporary directory that is always removed, and fails with a
 * {@link SpeechException} whose kind tells the learner what went wrong. Thread-safe.
 */
public final class FfmpegTranscoder implements AudioTranscoder, TempoChanger, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FfmpegTranscoder.class);
    /** ffmpeg stops decoding this much after the limit, so a file that lies about its length stays bounded. */
    private static final Duration DECODE_MARGIN = Duration.ofSeconds(1);
    /** Deadline for "-version" checks, independent of the (possibly short) conversion deadline. */
    private static final Duration VERSION_CHECK = Duration.ofSeconds(10);

    private final FfmpegSettings settings;
    private final WatchedProcesses processes;
    private final FFmpeg ffmpeg;
    private final AudioProbe probe;
    private final FfmpegCommands commands;
    private final String version;

    private FfmpegTranscoder(FfmpegSettings settings, WatchedProcesses processes, FFmpeg ffmpeg, FFprobe ffprobe, String version) {
        this.settings = settings;
        this.processes = processes;
        this.ffmpeg = ffmpeg;
        this.probe = new AudioProbe(ffprobe, processes, settings.timeout());
        this.commands = new FfmpegCommands(settings.maxDuration().plus(DECODE_MARGIN));
        this.version = version;
    }

    /**
     * Finds ffmpeg and ffprobe and checks they run.
     *
     * @throws IOException when either is missing or is not the real ffmpeg; the message says which and where
     */
    public static FfmpegTranscoder start(FfmpegSettings settings) throws IOException {
        WatchedProcesses processes = new WatchedProcesses();
        try {
            FFmpeg ffmpeg = processes.watched(VERSION_CHECK, false, () -> new FFmpeg(settings.ffmpegPath(), processes));
            FFprobe ffprobe = new FFprobe(settings.ffprobePath(), processes);
            String probeVersion = processes.watched(VERSION_CHECK, false, ffprobe::version);
            if (!ffmpeg.isFFmpeg() || probeVersion == null || !probeVersion.startsWith("ffprobe")) {
                throw new IOException("'" + settings.ffmpegPath() + "' or '" + settings.ffprobePath() + "' is not ffmpeg's own binary");
            }
            String version = ffmpeg.version();
            int copyright = version.indexOf(" Copyright");
            return new FfmpegTranscoder(settings, processes, ffmpeg, ffprobe, copyright > 0 ? version.substring(0, copyright) : version);
        } catch (IOException | RuntimeException e) {
            processes.close();
            throw new IOException("ffmpeg/ffprobe not usable (" + settings.ffmpegPath() + ", " + settings.ffprobePath() + "): "
                    + e.getMessage(), e);
        }
    }

    /** ffmpeg's version, e.g. "ffmpeg version 5.1.6-0+deb12u1". */
    public String version() {
        return version;
    }

    @Override
    public byte[] toRecognizerWav(byte[] audio) throws SpeechException {
        if (audio.length == 0) {
            throw new SpeechException(Kind.CORRUPT_AUDIO, "the audio file is empty");
        }
        if (audio.length > settings.maxBytes()) {
            throw new SpeechException(Kind.TOO_LARGE, audio.length + " bytes, limit " + settings.maxBytes());
        }
        try (ScratchDir scratch = ScratchDir.create(settings.scratchDir())) {
            Path input = scratch.write("voice-note", audio);
            Path output = scratch.file("recognizer.wav");
            // one process probes and decodes: ffmpeg reports the stated length as it opens the file
            // (no audio stream fails the run), and decoding stops at the limit plus a margin
            String report = processes.quietOutput(settings.timeout(), () -> {
                ffmpeg.run(commands.toRecognizerWav(input, output));
                return Boolean.TRUE;
            });
            Optional<Duration> stated = StatedDuration.in(report);
            if (stated.filter(d -> d.compareTo(settings.maxDuration()) > 0).isPresent()) {
                throw SpeechException.tooLong(stated.get());
            }
            byte[] wav = Files.readAllBytes(output);
            Duration decoded = WavFile.parse(wav).duration();
            if (decoded.compareTo(settings.maxDuration()) > 0) {
                // the file did not state its length, or understated it
                throw SpeechException.tooLong(decoded);
            }
            return wav;
        } catch (ProcessTimedOutException e) {
            throw new SpeechException(Kind.TIMEOUT, "ffmpeg took too long to decode a voice note", e);
        } catch (ProcessFailedException e) {
            log.info("ffmpeg cannot decode a voice note: {}", describe(e));
            throw new SpeechException(Kind.CORRUPT_AUDIO, "ffmpeg cannot decode the audio", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new SpeechException(Kind.UNAVAILABLE, "cannot convert the audio: " + e.getMessage(), e);
        }
    }

    @Override
    public VoiceClip toVoiceClip(PcmAudio pcm) throws SpeechException {
        try (ScratchDir scratch = ScratchDir.create(settings.scratchDir())) {
            Path input = scratch.write("speech.pcm", pcm.samples());
            Path output = scratch.file("voice.ogg");
            run(commands.toOggOpus(input.toString(), pcm, output));
            byte[] ogg = Files.readAllBytes(output);
            return new VoiceClip(ogg, pcm.duration(), Waveform.of(pcm), "");
        } catch (ProcessTimedOutException e) {
            throw new SpeechException(Kind.TIMEOUT, "ffmpeg took too long to encode a voice reply", e);
        } catch (IOException e) {
            log.warn("ffmpeg cannot encode a voice reply: {}", e instanceof ProcessFailedException failed ? describe(failed) : e.toString());
            throw new SpeechException(Kind.UNAVAILABLE, "cannot encode the voice reply", e);
        }
    }

    /** A voice message encoded by one ffmpeg while its sentences arrive ({@link PipedVoiceEncoder}). */
    @Override
    public VoiceClipEncoder startVoiceClip() {
        return new PipedVoiceEncoder(settings.ffmpegPath(), commands, settings, processes.deadlines());
    }

    /**
     * The same speech slower without a lower pitch (ffmpeg's atempo filter).
     *
     * @param tempo between 0.5 and 1, e.g. 0.75 for three quarters of the speed
     */
    @Override
    public PcmAudio slower(PcmAudio pcm, double tempo) throws SpeechException {
        if (!(tempo >= 0.5 && tempo <= 1)) {
            throw new IllegalArgumentException("tempo must be between 0.5 and 1");
        }
        try (ScratchDir scratch = ScratchDir.create(settings.scratchDir())) {
            Path input = scratch.write("speech.pcm", pcm.samples());
            Path output = scratch.file("slow.pcm");
            run(commands.slower(input, pcm, tempo, output));
            return new PcmAudio(Files.readAllBytes(output), pcm.sampleRate(), pcm.channels());
        } catch (ProcessTimedOutException e) {
            throw new SpeechException(Kind.TIMEOUT, "ffmpeg took too long to slow down speech", e);
        } catch (IOException e) {
            throw new SpeechException(Kind.UNAVAILABLE, "cannot slow down speech: " + e.getMessage(), e);
        }
    }

    /** Probes a file (for health checks and tests of what was produced). */
    public Optional<ProbedAudio> probe(Path file) throws IOException {
        return probe.probe(file);
    }

    /** Runs {@code ffmpeg -version} again, under the deadline: whether ffmpeg still runs. */
    public boolean stillRuns() {
        try {
            return processes.watched(VERSION_CHECK, false, () -> {
                new FFmpeg(settings.ffmpegPath(), processes);
                return Boolean.TRUE;
            }) != null;
        } catch (IOException e) {
            return false;
        }
    }

    public FfmpegSettings settings() {
        return settings;
    }

    private void run(net.bramp.ffmpeg.builder.FFmpegBuilder builder) throws IOException {
        processes.watched(settings.timeout(), true, () -> {
            ffmpeg.run(builder);
            return Boolean.TRUE;
        });
    }

    /** The last line ffmpeg printed, else the failure itself. */
    private static String describe(ProcessFailedException e) {
        String[] lines = e.output().strip().split("\\R");
        String last = lines[lines.length - 1];
        return last.isBlank() ? e.getMessage() : last;
    }

    @Override
    public void close() {
        processes.close();
    }
}
