package de.sprechstunde.speech.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Real German speech for tests, made at test time: espeak-ng speaks the text (WAV, 22050 Hz mono),
 * and the ffmpeg command line encodes it as a platform would send it. Results are kept per JVM.
 */
public final class GermanSpeech {

    private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();

    private GermanSpeech() {
    }

    /** espeak-ng's German voice saying {@code text}, as a WAV file. */
    public static byte[] wav(String text) {
        return MADE.computeIfAbsent("wav:" + text, key -> run(List.of("espeak-ng", "-v", "de", "--stdin", "--stdout"),
                text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The speech as a Telegram voice note: OGG/Opus, 48 kHz mono. */
    public static byte[] oggOpus(String text) {
        return encode(text, "ogg", List.of("-c:a", "libopus", "-b:a", "24k", "-ar", "48000", "-ac", "1", "-f", "ogg"));
    }

    /** The speech as Whisper wants it: 16 kHz mono 16-bit WAV. */
    public static byte[] recognizerWav(String text) {
        return encode(text, "wav16k", List.of("-c:a", "pcm_s16le", "-ar", "16000", "-ac", "1", "-f", "wav"));
    }

    public static byte[] mp3(String text) {
        return encode(text, "mp3", List.of("-c:a", "libmp3lame", "-b:a", "64k", "-f", "mp3"));
    }

    /** AAC in an MP4 container, as iPhones record. */
    public static byte[] m4a(String text) {
        return encode(text, "m4a", List.of("-c:a", "aac", "-b:a", "64k", "-f", "ipod"));
    }

    /** {@code seconds} of a quiet tone as OGG/Opus: a voice note longer than any limit. */
    public static byte[] longOggOpus(int seconds) {
        return MADE.computeIfAbsent("tone:" + seconds, key -> ffmpeg(List.of("-f", "lavfi", "-i",
                "sine=frequency=220:duration=" + seconds, "-c:a", "libopus", "-b:a", "16k", "-f", "ogg"), null));
    }

    private static byte[] encode(String text, String format, List<String> output) {
        return MADE.computeIfAbsent(format + ":" + text, key -> {
            List<String> args = new ArrayList<>(List.of("-f", "wav", "-i", "pipe:0"));
            args.addAll(output);
            return ffmpeg(args, wav(text));
        });
    }

    private static byte[] ffmpeg(List<String> args, byte[] stdin) {
        Path out;
        try {
            out = Files.createTempFile("german-speech", ".out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
            command.addAll(args);
            command.add(out.toString());
            run(command, stdin);
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            out.toFile().delete();
        }
    }

    static byte[] run(List<String> command, byte[] stdin) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Thread feeder = new Thread(() -> {
                try (OutputStream in = process.getOutputStream()) {
                    if (stdin != null) {
                        in.write(stdin);
                    }
                } catch (IOException ignored) {
                    // the process stopped reading; its exit code tells
                }
            });
            feeder.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream stdout = process.getInputStream()) {
                stdout.transferTo(out);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + command);
            }
            feeder.join();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
