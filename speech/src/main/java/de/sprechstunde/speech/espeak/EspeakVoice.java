package de.sprechstunde.speech.espeak;

import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.SpeechException.Kind;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.TextToSpeech;
import de.sprechstunde.speech.audio.WavFile;
import de.sprechstunde.speech.process.ProcessDeadlines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fallback German voice when no Piper is configured: espeak-ng, robotic but clear, and able to
 * speak slowly itself. The text goes in on stdin (never on the command line), the WAV comes out on
 * stdout; a run over its deadline is killed. Thread-safe.
 */
public final class EspeakVoice implements TextToSpeech, AutoCloseable {

    private static final int MAX_TEXT_CHARS = 4000;

    private final EspeakSettings settings;
    private final String version;
    private final ProcessDeadlines deadlines = new ProcessDeadlines("espeak-deadline");

    private EspeakVoice(EspeakSettings settings, String version) {
        this.settings = settings;
        this.version = version;
    }

    /**
     * Finds espeak-ng and checks it runs.
     *
     * @throws IOException when it is not installed at the configured path
     */
    public static EspeakVoice find(EspeakSettings settings) throws IOException {
        Process process = new ProcessBuilder(settings.path(), "--version").redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(settings.path() + " --version failed");
            }
            return new EspeakVoice(settings, output.lines().findFirst().orElse("espeak-ng"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking espeak-ng", e);
        } finally {
            process.destroy();
        }
    }

    @Override
    public PcmAudio synthesize(String text, SpeakingRate rate) throws SpeechException {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("text longer than " + MAX_TEXT_CHARS + " characters");
        }
        int wordsPerMinute = rate == SpeakingRate.SLOW ? settings.slowRate() : settings.normalRate();
        List<String> command = List.of(settings.path(), "-v", settings.voice(), "-s", String.valueOf(wordsPerMinute), "--stdin", "--stdout");
        AtomicBoolean killed = new AtomicBoolean();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new SpeechException(Kind.UNAVAILABLE, "cannot start espeak-ng: " + e.getMessage(), e);
        }
        ScheduledFuture<?> deadline = deadlines.watch(process, settings.timeout(), () -> killed.set(true));
        try {
            // the text is far below the pipe buffer, so writing it all before reading cannot block
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(text.getBytes(StandardCharsets.UTF_8));
            }
            ByteArrayOutputStream wav = new ByteArrayOutputStream();
            try (InputStream stdout = process.getInputStream()) {
                stdout.transferTo(wav);
            }
            int exit = process.waitFor();
            if (killed.get()) {
                throw new SpeechException(Kind.TIMEOUT, "espeak-ng took longer than " + settings.timeout().toSeconds() + " s");
            }
            if (exit != 0) {
                throw new SpeechException(Kind.UNAVAILABLE, "espeak-ng exited with " + exit);
            }
            return WavFile.parse(wav.toByteArray()).toPcm();
        } catch (IOException | IllegalArgumentException e) {
            throw new SpeechException(killed.get() ? Kind.TIMEOUT : Kind.UNAVAILABLE, "espeak-ng failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException(Kind.UNAVAILABLE, "interrupted while espeak-ng was speaking", e);
        } finally {
            deadline.cancel(false);
            process.destroy();
        }
    }

    @Override
    public String voiceName() {
        return "espeak-ng:" + settings.voice();
    }

    /** espeak-ng's version line, e.g. "eSpeak NG text-to-speech: 1.51 …". */
    public String version() {
        return version;
    }

    public EspeakSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        deadlines.close();
    }
}
