package de.sprechstunde.bench;

import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.speech.audio.WavFile;
import de.sprechstunde.speech.ffmpeg.FfmpegSettings;
import de.sprechstunde.speech.ffmpeg.FfmpegTranscoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long ffmpeg transcoding takes: voice notes (OGG/Opus) of 5, 30 and 60 s to 16 kHz WAV for
 * Whisper, speech (22.05 kHz PCM, as Piper and espeak-ng make it) of the same lengths to OGG/Opus,
 * and the cost of starting one ffmpeg process. German speech is made by espeak-ng at run time.
 * Prints a Markdown table for {@code docs/performance.md}.
 *
 * <p>Run: {@code java -cp bench/target/bench.jar de.sprechstunde.bench.TranscodeBench [runs]}
 */
public final class TranscodeBench {

    private static final String TEXT = "Am Wochenende fahre ich mit dem Zug nach München. Dort besuche ich meine Großmutter, "
            + "die in einer kleinen Wohnung in der Altstadt lebt. Wir trinken Kaffee, essen Kuchen und gehen im Englischen Garten "
            + "spazieren. Am Abend erzählt sie mir Geschichten aus ihrer Jugend, als sie noch in Hamburg gearbeitet hat. ";
    private static final int[] SECONDS = {5, 30, 60};

    private TranscodeBench() {
    }

    public static void main(String[] args) throws Exception {
        // ffmpeg-cli-wrapper logs every ffprobe answer at DEBUG, logback's default level
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.INFO);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path scratch = Files.createTempDirectory("transcode-bench");
        FfmpegSettings settings = FfmpegSettings.defaults().withLimits(Duration.ofSeconds(120), 50L * 1024 * 1024);
        List<String> rows = new ArrayList<>();
        try (FfmpegTranscoder ffmpeg = FfmpegTranscoder.start(settings)) {
            byte[] speech = speech(scratch, 65);
            for (int seconds : SECONDS) {
                byte[] wav = trim(scratch, speech, seconds, List.of("-c:a", "pcm_s16le", "-f", "wav"));
                byte[] ogg = trim(scratch, speech, seconds, List.of("-c:a", "libopus", "-b:a", "24k", "-ar", "48000", "-f", "ogg"));
                PcmAudio pcm = WavFile.parse(wav).toPcm();
                rows.add(row("OGG/Opus → 16 kHz WAV (probe + decode)", seconds, ogg.length, time(runs, () -> ffmpeg.toRecognizerWav(ogg))));
                rows.add(row("22.05 kHz PCM → OGG/Opus 48 kHz", seconds, pcm.samples().length, time(runs, () -> ffmpeg.toVoiceClip(pcm))));
            }
            rows.add(row("process start: `ffmpeg -version`", 0, 0, time(runs, () -> run(List.of("ffmpeg", "-version"), null))));
            rows.add(row("process start: `ffprobe -version`", 0, 0, time(runs, () -> run(List.of("ffprobe", "-version"), null))));
            System.out.println("| conversion | audio | input bytes | median ms | min ms | max ms |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
            rows.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "%n%d runs each after 2 warm-up runs; %d CPUs; %s; Java %s%n", runs,
                    Runtime.getRuntime().availableProcessors(), ffmpeg.version(), System.getProperty("java.version"));
        } finally {
            try (var files = Files.list(scratch)) {
                files.forEach(file -> file.toFile().delete());
            }
            Files.deleteIfExists(scratch);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static long[] time(int runs, Work work) throws Exception {
        for (int i = 0; i < 2; i++) {
            work.run();
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
        Arrays.sort(millis);
        return millis;
    }

    private static String row(String what, int seconds, int bytes, long[] millis) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %d |", what, seconds == 0 ? "–" : seconds + " s",
                bytes == 0 ? "–" : String.valueOf(bytes), millis[millis.length / 2], millis[0], millis[millis.length - 1]);
    }

    /** At least {@code seconds} of German speech from espeak-ng, as WAV. */
    private static byte[] speech(Path scratch, int seconds) throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < seconds * 16) {
            text.append(TEXT);
        }
        return run(List.of("espeak-ng", "-v", "de", "--stdin", "--stdout"), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] trim(Path scratch, byte[] wav, int seconds, List<String> output) throws IOException {
        Path in = scratch.resolve("speech.wav");
        Path out = scratch.resolve("trimmed.out");
        Files.write(in, wav);
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y", "-i", in.toString(), "-t", String.valueOf(seconds)));
        command.addAll(output);
        command.add(out.toString());
        run(command, null);
        byte[] trimmed = Files.readAllBytes(out);
        Files.delete(in);
        Files.delete(out);
        return trimmed;
    }

    private static byte[] run(List<String> command, byte[] stdin) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        byte[] out;
        try (InputStream stdout = process.getInputStream()) {
            out = stdout.readAllBytes();
        }
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(command.get(0) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }
}
