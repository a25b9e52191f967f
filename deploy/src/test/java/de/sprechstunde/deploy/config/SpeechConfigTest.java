package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.speech.SpeechSettings;
import de.sprechstunde.speech.whisper.WhisperApi;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechConfigTest {

    @Test
    void nothingSetMeansNoWhisperNoPiperAndTheContractsDefaults() {
        SpeechSettings settings = read(Map.of("WHISPER_HOST", "  ", "PIPER_HOST", ""));

        assertTrue(settings.whisper().isEmpty());
        assertTrue(settings.piper().isEmpty());
        assertEquals("ffmpeg", settings.ffmpeg().ffmpegPath());
        assertEquals("ffprobe", settings.ffmpeg().ffprobePath());
        assertEquals(Duration.ofSeconds(60), settings.ffmpeg().maxDuration());
        assertEquals(20L * 1024 * 1024, settings.ffmpeg().maxBytes());
        assertEquals(Duration.ofSeconds(30), settings.ffmpeg().timeout());
        assertEquals("espeak-ng", settings.espeak().path());
    }

    @Test
    void whisperAndPiperAreReadWithTheirDefaults() {
        SpeechSettings settings = read(Map.of("WHISPER_HOST", "http://whisper:9000", "PIPER_HOST", "tcp://piper:10200"));

        assertEquals(URI.create("http://whisper:9000"), settings.whisper().orElseThrow().host());
        assertEquals(WhisperApi.ASR, settings.whisper().orElseThrow().api());
        assertEquals("medium", settings.whisper().orElseThrow().model());
        assertEquals("de", settings.whisper().orElseThrow().language());
        assertEquals("piper", settings.piper().orElseThrow().host());
        assertEquals(10200, settings.piper().orElseThrow().port());
        assertEquals("de_DE-thorsten-high", settings.piper().orElseThrow().voice());
    }

    @Test
    void everyVariableCanBeSet() {
        SpeechSettings settings = read(Map.ofEntries(
                Map.entry("WHISPER_HOST", "https://stt.example/base/"), Map.entry("WHISPER_API", "OpenAI"),
                Map.entry("WHISPER_MODEL", "Systran/faster-whisper-small"), Map.entry("WHISPER_LANGUAGE", "de"),
                Map.entry("WHISPER_TIMEOUT_SECONDS", "90"), Map.entry("WHISPER_ATTEMPTS", "3"),
                Map.entry("PIPER_HOST", "tcp://10.0.0.5:10300"), Map.entry("PIPER_VOICE", "de_DE-kerstin-low"),
                Map.entry("PIPER_TIMEOUT_SECONDS", "20"), Map.entry("FFMPEG_PATH", "/opt/ffmpeg/bin/ffmpeg"),
                Map.entry("FFPROBE_PATH", "/opt/ffmpeg/bin/ffprobe"), Map.entry("FFMPEG_TIMEOUT_SECONDS", "15"),
                Map.entry("VOICE_MAX_SECONDS", "120"), Map.entry("VOICE_MAX_BYTES", "1048576"), Map.entry("ESPEAK_PATH", "/usr/local/bin/espeak-ng")));

        assertEquals(WhisperApi.OPENAI, settings.whisper().orElseThrow().api());
        assertEquals(Duration.ofSeconds(90), settings.whisper().orElseThrow().requestTimeout());
        assertEquals(3, settings.whisper().orElseThrow().attempts());
        assertEquals("de_DE-kerstin-low", settings.piper().orElseThrow().voice());
        assertEquals(Duration.ofSeconds(20), settings.piper().orElseThrow().synthesisTimeout());
        assertEquals("/opt/ffmpeg/bin/ffprobe", settings.ffmpeg().ffprobePath());
        assertEquals(Duration.ofSeconds(120), settings.ffmpeg().maxDuration());
        assertEquals(1048576, settings.ffmpeg().maxBytes());
        assertEquals(Duration.ofSeconds(15), settings.ffmpeg().timeout());
        assertEquals("/usr/local/bin/espeak-ng", settings.espeak().path());
    }

    @Test
    void theVoiceLimitsAreReadOnceForTheCoreAndFfmpeg() {
        AppConfig config = ConfigLoader.load(new Env(Map.of("VOICE_MAX_SECONDS", "120", "VOICE_MAX_BYTES", "1048576")));

        assertEquals(Duration.ofSeconds(120), config.tutor().maxVoiceDuration());
        assertEquals(Duration.ofSeconds(120), config.speech().ffmpeg().maxDuration());
        assertEquals(1048576, config.tutor().maxVoiceBytes());
        assertEquals(1048576, config.speech().ffmpeg().maxBytes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WHISPER_HOST|whisper:9000",
            "WHISPER_HOST|ftp://whisper",
            "WHISPER_API|azure",
            "WHISPER_LANGUAGE|German",
            "WHISPER_TIMEOUT_SECONDS|soon",
            "WHISPER_ATTEMPTS|9",
            "PIPER_HOST|piper:10200",
            "PIPER_VOICE|thorsten high",
            "VOICE_MAX_SECONDS|0",
            "VOICE_MAX_BYTES|-5",
            "FFMPEG_TIMEOUT_SECONDS|1e3"})
    void aBadValueIsRefusedNamingItsVariable(String variable, String value) {
        Map<String, String> env = new HashMap<>(Map.of(variable, value));
        if (variable.startsWith("WHISPER_") && !variable.equals("WHISPER_HOST")) {
            env.put("WHISPER_HOST", "http://whisper:9000");
        }
        if (variable.startsWith("PIPER_") && !variable.equals("PIPER_HOST")) {
            env.put("PIPER_HOST", "tcp://piper:10200");
        }

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(new Env(env)));

        assertTrue(e.getMessage().startsWith(variable + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" (got '" + value + "')"), e.getMessage());
    }

    /** Speech settings as the whole loader reads them, since the voice limits come from the core's variables. */
    private static SpeechSettings read(Map<String, String> env) {
        return ConfigLoader.load(new Env(env)).speech();
    }
}
