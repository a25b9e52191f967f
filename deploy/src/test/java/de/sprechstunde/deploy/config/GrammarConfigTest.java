package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.grammar.GrammarSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrammarConfigTest {

    @Test
    void missingVariablesKeepTheDefaults() {
        GrammarSettings settings = GrammarConfig.read(new Env(Map.of()));

        assertTrue(settings.enabled());
        assertEquals(2, settings.poolSize());
        assertEquals(Duration.ofSeconds(5), settings.waitForFree());
        assertTrue(settings.learnerRules());
    }

    @Test
    void variablesAreReadAndTrimmed() {
        GrammarSettings settings = GrammarConfig.read(new Env(Map.of(
                "ENABLE_GRAMMAR_CHECK", " false ", "GRAMMAR_POOL_SIZE", "4", "GRAMMAR_WAIT_MS", "1500")));

        assertFalse(settings.enabled());
        assertEquals(4, settings.poolSize());
        assertEquals(Duration.ofMillis(1500), settings.waitForFree());
    }

    @Test
    void aBadValueNamesItsVariable() {
        assertEquals("ENABLE_GRAMMAR_CHECK: must be true or false (got 'maybe')", message("ENABLE_GRAMMAR_CHECK", "maybe"));
        assertEquals("GRAMMAR_POOL_SIZE: must be between 1 and 16 (got '0')", message("GRAMMAR_POOL_SIZE", "0"));
        assertEquals("GRAMMAR_POOL_SIZE: must be a whole number (got 'two')", message("GRAMMAR_POOL_SIZE", "two"));
        assertEquals("GRAMMAR_WAIT_MS: must be between 1 and 2147483647 (got '-1')", message("GRAMMAR_WAIT_MS", "-1"));
    }

    private static String message(String name, String value) {
        return assertThrows(ConfigException.class, () -> GrammarConfig.read(new Env(Map.of(name, value)))).getMessage();
    }
}
