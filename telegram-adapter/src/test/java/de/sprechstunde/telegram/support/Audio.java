package de.sprechstunde.telegram.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real audio made and inspected with the local ffmpeg, ffprobe and espeak-ng. */
public final class Audio {

    private Audio() {
    }

    /** One second of a 440 Hz tone as OGG/Opus, as Telegram voice messages need it. */
    public static byte[] oggOpusTone() throws IOException {
        return run(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", "sine=frequency=440:duration=1",
                "-c:a", "libopus", "-b:a", "24k", "-f", "ogg", "pipe:1"));
    }

    /** What ffprobe reads: {@code format_name=…} and {@code codec_name=…} lines. */
    public static String probe(byte[] audio) throws IOException {
        Path file = Files.createTempFile("probe", ".bin");
        try {
            Files.write(file, audio);
            return new String(run(List.of("ffprobe", "-v", "error", "-show_entries", "stream=codec_name:format=format_name",
                    "-of", "default=nw=1", file.toString())), StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static byte[] run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }
}
