package de.sprechstunde.speech.ffmpeg;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.SpeechException.Kind;
import de.sprechstunde.core.port.VoiceClipEncoder;
import de.sprechstunde.speech.audio.Waveform;
import de.sprechstunde.speech.process.ProcessDeadlines;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One voice message encoded while its speech arrives: the first piece starts one ffmpeg that reads
 * raw PCM from its standard input and writes OGG/Opus to a file, each further piece is written to
 * it as it comes, and {@link #finish} closes the input, so only the last piece's encoding is left
 * to wait for. (Pipes are fine here: raw PCM in and OGG out need no seeking.) A run with no
 * progress for the ffmpeg timeout is killed; each piece moves the deadline on.
 */
final class PipedVoiceEncoder implements VoiceClipEncoder {

    private static final Logger log = LoggerFactory.getLogger(PipedVoiceEncoder.class);

    private final String ffmpegPath;
    private final FfmpegCommands commands;
    private final FfmpegSettings settings;
    private final ProcessDeadlines deadlines;
    private final List<PcmAudio> pieces = new ArrayList<>();
    private ScratchDir scratch;
    private Process process;
    private OutputStream input;
    private ScheduledFuture<?> deadline;
    private volatile boolean killed;
    private boolean closed;

    PipedVoiceEncoder(String ffmpegPath, FfmpegCommands commands, FfmpegSettings settings, ProcessDeadlines deadlines) {
        this.ffmpegPath = ffmpegPath;
        this.commands = commands;
        this.settings = settings;
        this.deadlines = deadlines;
    }

    @Override
    public void append(PcmAudio pcm) throws SpeechException {
        if (closed) {
            throw new SpeechException(Kind.UNAVAILABLE, "the voice reply was dropped");
        }
        try {
            if (process == null) {
                start(pcm);
            } else if (pcm.sampleRate() != pieces.get(0).sampleRate() || pcm.channels() != pieces.get(0).channels()) {
                throw new IllegalArgumentException("pieces of audio differ: " + pieces.get(0) + " and " + pcm);
            }
            pieces.add(pcm);
            watch();
            input.write(pcm.samples());
        } catch (IOException | IllegalArgumentException e) {
            close();
            throw failure("cannot encode a voice reply", e);
        }
    }

    @Override
    public VoiceClip finish() throws SpeechException {
        if (process == null || closed) {
            throw new SpeechException(Kind.UNAVAILABLE, closed ? "the voice reply was dropped" : "a voice reply without audio");
        }
        try {
            watch();
            input.close();
            if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                killed = true;
                throw new IOException("ffmpeg did not finish");
            }
            if (process.exitValue() != 0) {
                throw new ProcessFailedException("ffmpeg exited with " + process.exitValue(), lastWords());
            }
            PcmAudio all = PcmAudio.concat(pieces);
            return new VoiceClip(Files.readAllBytes(scratch.file("voice.ogg")), all.duration(), Waveform.of(all), "");
        } catch (IOException e) {
            throw failure("cannot encode a voice reply", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException(Kind.TIMEOUT, "interrupted while encoding a voice reply", e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        closed = true;
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        if (deadline != null) {
            deadline.cancel(false);
        }
        if (scratch != null) {
            scratch.close();
            scratch = null;
        }
    }

    private void start(PcmAudio first) throws IOException {
        scratch = ScratchDir.create(settings.scratchDir());
        List<String> command = new ArrayList<>();
        command.add(ffmpegPath);
        command.addAll(commands.toOggOpus("pipe:0", first, scratch.file("voice.ogg")).build());
        process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(scratch.file("ffmpeg.log").toFile())
                .start();
        input = process.getOutputStream();
    }

    /** Kills the run if it makes no progress for the timeout from now. */
    private void watch() {
        if (deadline != null) {
            deadline.cancel(false);
        }
        deadline = deadlines.watch(process, settings.timeout(), () -> killed = true);
    }

    private SpeechException failure(String what, Exception e) {
        if (killed) {
            return new SpeechException(Kind.TIMEOUT, "ffmpeg took too long to encode a voice reply", e);
        }
        log.warn("{}: {}", what, e instanceof ProcessFailedException failed ? failed.output() : e.toString());
        return new SpeechException(Kind.UNAVAILABLE, what, e);
    }

    private String lastWords() {
        try {
            String[] lines = Files.readString(scratch.file("ffmpeg.log"), StandardCharsets.UTF_8).strip().split("\\R");
            return lines[lines.length - 1];
        } catch (IOException e) {
            return e.toString();
        }
    }
}
