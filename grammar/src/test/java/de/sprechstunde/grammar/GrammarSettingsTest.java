package de.sprechstunde.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrammarSettingsTest {

    @Test
    void missingVariablesKeepTheDefaults() {
        GrammarSettings settings = GrammarSettings.fromEnvironment(Map.of());

        assertTrue(settings.enabled());
        assertEquals(2, settings.poolSize());
        assertEquals(Duration.ofSeconds(5), settings.waitForFree());
        assertTrue(settings.learnerRules());
    }

    @Test
    void variablesAreReadAndTrimmed() {
        GrammarSettings settings = GrammarSettings.fromEnvironment(Map.of(
                "ENABLE_GRAMMAR_CHECK", " false ", "GRAMMAR_POOL_SIZE", "4", "GRAMMAR_WAIT_MS", "1500"));

        assertFalse(settings.enabled());
        assertEquals(4, settings.poolSize());
        assertEquals(Duration.ofMillis(1500), settings.waitForFree());
    }

    @Test
    void aBadValueNamesItsVariable() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GrammarSettings.fromEnvironment(Map.of("ENABLE_GRAMMAR_CHECK", "maybe"))).getMessage().contains("ENABLE_GRAMMAR_CHECK"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GrammarSettings.fromEnvironment(Map.of("GRAMMAR_POOL_SIZE", "0"))).getMessage().contains("GRAMMAR_POOL_SIZE"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GrammarSettings.fromEnvironment(Map.of("GRAMMAR_POOL_SIZE", "two"))).getMessage().contains("GRAMMAR_POOL_SIZE"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GrammarSettings.fromEnvironment(Map.of("GRAMMAR_WAIT_MS", "-1"))).getMessage().contains("GRAMMAR_WAIT_MS"));
    }
}
