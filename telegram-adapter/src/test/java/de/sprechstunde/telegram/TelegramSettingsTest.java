package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelegramSettingsTest {

    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    @Test
    void withoutATokenTelegramIsOff() {
        assertEquals(Optional.empty(), TelegramSettings.fromEnvironment(Map.of()));
        assertEquals(Optional.empty(), TelegramSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "  ")));
    }

    @Test
    void theDefaultsAreLongPollingAgainstTheRealApi() {
        TelegramSettings settings = TelegramSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).orElseThrow();

        assertEquals(TelegramMode.POLLING, settings.mode());
        assertEquals(URI.create("https://api.telegram.org"), settings.apiUrl());
        assertEquals(Duration.ofSeconds(50), settings.pollTimeout());
        assertEquals(Duration.ofSeconds(1), settings.privateChatSpacing());
        assertEquals(Duration.ofSeconds(3), settings.groupChatSpacing());
    }

    @Test
    void webhookModeNeedsAUrlAndAValidSecretAndServesTheUrlsPath() {
        Map<String, String> env = new HashMap<>(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_MODE", "Webhook"));
        assertMessage(env, "TELEGRAM_WEBHOOK_URL is required");
        env.put("TELEGRAM_WEBHOOK_URL", "https://tutor.example.org/telegram/hook");
        assertMessage(env, "TELEGRAM_WEBHOOK_SECRET is required");
        env.put("TELEGRAM_WEBHOOK_SECRET", "not allowed!");
        assertMessage(env, "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters");
        env.put("TELEGRAM_WEBHOOK_SECRET", "abc_DEF-123");

        TelegramSettings settings = TelegramSettings.fromEnvironment(env).orElseThrow();
        assertEquals("/telegram/hook", settings.webhookPath());
        assertFalse(settings.toString().contains("abc_DEF-123"));
    }

    @Test
    void badValuesNameTheirVariable() {
        assertMessage(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_MODE", "push"), "TELEGRAM_MODE must be polling or webhook");
        assertMessage(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", "http://localhost:8081/custom/path"), "TELEGRAM_API_URL");
        assertMessage(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_POLL_TIMEOUT_SECONDS", "soon"), "TELEGRAM_POLL_TIMEOUT_SECONDS");
        assertMessage(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_CHAT_INTERVAL_MS", "-1"), "TELEGRAM_CHAT_INTERVAL_MS");
        assertMessage(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_MAX_CALLS_PER_SECOND", "31"), "TELEGRAM_MAX_CALLS_PER_SECOND");
    }

    @Test
    void aMalformedTokenIsRefusedWithoutRepeatingIt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TelegramSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "secret-looking-value")));

        assertTrue(error.getMessage().contains("TELEGRAM_BOT_TOKEN"));
        assertFalse(error.getMessage().contains("secret-looking-value"));
        assertFalse(TelegramSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).orElseThrow().toString().contains(TOKEN));
    }

    private static void assertMessage(Map<String, String> env, String expected) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TelegramSettings.fromEnvironment(env));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
