package de.sprechstunde.discord.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real German voice note made at test time: espeak-ng speaks the sentence, ffmpeg encodes it as
 * OGG/Opus the way Discord clients record voice messages.
 */
public final class GermanVoiceNote {

    private GermanVoiceNote() {
    }

    public static byte[] oggOpus(String sentence) {
        try {
            Path dir = Files.createTempDirectory("voice-note");
            Path wav = dir.resolve("speech.wav");
            Path ogg = dir.resolve("voice-message.ogg");
            run(List.of("espeak-ng", "-v", "de", "-w", wav.toString(), sentence));
            run(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", wav.toString(),
                    "-ac", "1", "-ar", "48000", "-c:a", "libopus", "-b:a", "32k", ogg.toString()));
            byte[] bytes = Files.readAllBytes(ogg);
            Files.deleteIfExists(wav);
            Files.deleteIfExists(ogg);
            Files.deleteIfExists(dir);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("could not make a voice note (are espeak-ng and ffmpeg installed?)", e);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(command.get(0) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
    }
}
