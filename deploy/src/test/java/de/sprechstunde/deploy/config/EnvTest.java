package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.speech.whisper.WhisperApi;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {

    @Test
    void blankValuesCountAsUnset() {
        Env env = new Env(Map.of("HTTP_PORT", "  "));

        assertEquals(8000, env.integer(Variables.HTTP_PORT, 8000, 0, 65535));
    }

    @Test
    void aNumberOutOfRangeNamesTheVariableTheRangeAndTheValue() {
        Env env = new Env(Map.of("HTTP_PORT", "70000"));

        ConfigException error = assertThrows(ConfigException.class, () -> env.integer(Variables.HTTP_PORT, 8000, 0, 65535));

        assertEquals("HTTP_PORT: must be between 0 and 65535 (got '70000')", error.getMessage());
        assertEquals("HTTP_PORT", error.variable());
    }

    @Test
    void aWordWhereANumberBelongsIsNamed() {
        Env env = new Env(Map.of("RATE_LIMIT_PER_MINUTE", "lots"));

        ConfigException error = assertThrows(ConfigException.class,
                () -> env.integer(Variables.RATE_LIMIT_PER_MINUTE, 30, 1, 10_000));

        assertEquals("RATE_LIMIT_PER_MINUTE: must be a whole number (got 'lots')", error.getMessage());
    }

    @Test
    void booleansAcceptTheUsualWords() {
        Env env = new Env(Map.of("ENABLE_METRICS", "yes", "ENABLE_GRAMMAR_CHECK", "off", "OLLAMA_PULL_MISSING", "maybe"));

        assertTrue(env.bool(Variables.ENABLE_METRICS, false));
        assertFalse(env.bool(Variables.ENABLE_GRAMMAR_CHECK, true));
        assertEquals("OLLAMA_PULL_MISSING: must be true or false (got 'maybe')",
                assertThrows(ConfigException.class, () -> env.bool(Variables.OLLAMA_PULL_MISSING, true)).getMessage());
    }

    @Test
    void durationsAreWholeSecondsOrMillisecondsWithinTheirRange() {
        Env env = new Env(Map.of("OLLAMA_REQUEST_TIMEOUT", "90", "OLLAMA_RETRY_BACKOFF_MS", "250", "OLLAMA_CHECK_TIMEOUT", "61"));

        assertEquals(Duration.ofSeconds(90), env.seconds(Variables.OLLAMA_REQUEST_TIMEOUT, Duration.ofSeconds(120), 1, 3600));
        assertEquals(Duration.ofMillis(250), env.millis(Variables.OLLAMA_RETRY_BACKOFF_MS, Duration.ofMillis(500), 1, 60_000));
        assertEquals(Duration.ofSeconds(4), env.seconds(Variables.OLLAMA_PRELOAD_TIMEOUT, Duration.ofSeconds(4), 1, 60));
        assertEquals("OLLAMA_CHECK_TIMEOUT: must be between 1 and 60 (got '61')",
                assertThrows(ConfigException.class, () -> env.seconds(Variables.OLLAMA_CHECK_TIMEOUT, Duration.ofSeconds(4), 1, 60))
                        .getMessage());
    }

    @Test
    void urlsMustBeAbsoluteWithAnAllowedScheme() {
        Env env = new Env(Map.of("OLLAMA_HOST", "ftp://x:1", "WHISPER_HOST", "localhost:9000", "DISCORD_API_URL", "http://ollama:11434"));

        assertEquals("OLLAMA_HOST: must use http or https (got 'ftp://x:1')",
                assertThrows(ConfigException.class, () -> env.optionalUri(Variables.OLLAMA_HOST, "http", "https")).getMessage());
        assertThrows(ConfigException.class, () -> env.optionalUri(Variables.WHISPER_HOST, "http", "https"));
        assertEquals(URI.create("http://ollama:11434"), env.optionalUri(Variables.DISCORD_API_URL, "http", "https").orElseThrow());
    }

    @Test
    void credentialsInAUrlAreMaskedInTheMessage() {
        Env env = new Env(Map.of("OLLAMA_HOST", "ftp://123456:SECRET-TOKEN@example/x", "WHISPER_HOST", "ftp://token@whisper"));

        assertEquals("OLLAMA_HOST: must use http or https (got 'ftp://123456:***@example/x')",
                assertThrows(ConfigException.class, () -> env.optionalUri(Variables.OLLAMA_HOST, "http", "https")).getMessage());
        assertEquals("WHISPER_HOST: must use http or https (got 'ftp://***@whisper')",
                assertThrows(ConfigException.class, () -> env.optionalUri(Variables.WHISPER_HOST, "http", "https")).getMessage());
        assertEquals("redis://user:***@host:6379/0", ShownValue.maskCredentials("redis://user:pw@host:6379/0"));
        assertEquals("mongodb://host/db?x=a@b", ShownValue.maskCredentials("mongodb://host/db?x=a@b"));
    }

    @Test
    void listsAreCommaSeparatedAndStripped() {
        Env env = new Env(Map.of("ADMIN_IDS", " telegram:1, ,discord:2 "));

        assertEquals(List.of("telegram:1", "discord:2"), env.list(Variables.ADMIN_IDS));
        assertEquals(List.of(), new Env(Map.of()).list(Variables.ADMIN_IDS));
    }

    @Test
    void choicesIgnoreCaseAndListTheAllowedWords() {
        Env env = new Env(Map.of("WHISPER_API", "OpenAI", "LOG_LEVEL", "loud"));

        assertEquals(WhisperApi.OPENAI, env.choice(Variables.WHISPER_API, WhisperApi.ASR));
        assertEquals("LOG_LEVEL: must be one of TRACE, INFO (got 'loud')",
                assertThrows(ConfigException.class, () -> env.choice(Variables.LOG_LEVEL, "INFO", List.of("TRACE", "INFO"))).getMessage());
    }

    @Test
    void secretsNeverShowTheirValue() {
        Env env = new Env(Map.of("TELEGRAM_BOT_TOKEN", "123456:ABCDEF", "DISCORD_BOT_TOKEN", "abc"));

        assertEquals("****", env.secret(Variables.TELEGRAM_BOT_TOKEN).orElseThrow().toString());
        assertEquals("DISCORD_BOT_TOKEN: must be long (got a value that is not shown)",
                env.bad(Variables.DISCORD_BOT_TOKEN, "must be long").getMessage());
    }

    @Test
    void aVariableIsReadOnlyOnce() {
        Env env = new Env(Map.of("DATA_DIR", "/srv"));
        env.string(Variables.DATA_DIR, "./data");

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> env.string(Variables.DATA_DIR, "./data"));
        assertTrue(error.getMessage().startsWith("DATA_DIR is read twice"), error.getMessage());
    }

    @Test
    void theWholeConfigurationReadsEveryVariableAtMostOnce() {
        // the loader would throw IllegalStateException on a second read; every optional part switched on
        AppConfig config = ConfigLoader.load(new Env(Map.of("TELEGRAM_BOT_TOKEN", "1:a", "DISCORD_BOT_TOKEN", "t",
                "WHISPER_HOST", "http://whisper:9000", "PIPER_HOST", "tcp://piper:10200", "REDIS_URL", "redis://redis:6379/0")));

        assertTrue(config.telegram().isPresent() && config.discord().isPresent());
    }
}
