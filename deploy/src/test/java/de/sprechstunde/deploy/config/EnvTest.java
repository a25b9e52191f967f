package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {

    @Test
    void blankValuesCountAsUnset() {
        Env env = new Env(Map.of("HTTP_PORT", "  "));

        assertEquals(8000, env.integer("HTTP_PORT", 8000, 0, 65535));
    }

    @Test
    void aNumberOutOfRangeNamesTheVariableAndTheRange() {
        Env env = new Env(Map.of("HTTP_PORT", "70000"));

        ConfigException error = assertThrows(ConfigException.class, () -> env.integer("HTTP_PORT", 8000, 0, 65535));

        assertEquals("HTTP_PORT: must be between 0 and 65535, got 70000", error.getMessage());
    }

    @Test
    void aWordWhereANumberBelongsIsNamed() {
        Env env = new Env(Map.of("RATE_LIMIT_PER_MINUTE", "lots"));

        ConfigException error = assertThrows(ConfigException.class, () -> env.integer("RATE_LIMIT_PER_MINUTE", 30, 1, 10_000));

        assertEquals("RATE_LIMIT_PER_MINUTE: must be a whole number, got 'lots'", error.getMessage());
    }

    @Test
    void booleansAcceptTheUsualWords() {
        Env env = new Env(Map.of("A", "yes", "B", "off", "C", "maybe"));

        assertTrue(env.bool("A", false));
        assertFalse(env.bool("B", true));
        assertThrows(ConfigException.class, () -> env.bool("C", true));
    }

    @Test
    void urlsMustBeAbsoluteWithAnAllowedScheme() {
        Env env = new Env(Map.of("OLLAMA_HOST", "ftp://x:1", "WHISPER_HOST", "localhost:9000", "OK", "http://ollama:11434"));

        assertEquals("OLLAMA_HOST: must use http or https, got ftp",
                assertThrows(ConfigException.class, () -> env.optionalUri("OLLAMA_HOST", "http", "https")).getMessage());
        assertThrows(ConfigException.class, () -> env.optionalUri("WHISPER_HOST", "http", "https"));
        assertEquals(URI.create("http://ollama:11434"), env.optionalUri("OK", "http", "https").orElseThrow());
    }

    @Test
    void secretsNeverShowTheirValue() {
        Env env = new Env(Map.of("TELEGRAM_BOT_TOKEN", "123456:ABCDEF"));

        assertEquals("****", env.secret("TELEGRAM_BOT_TOKEN").orElseThrow().toString());
    }
}
