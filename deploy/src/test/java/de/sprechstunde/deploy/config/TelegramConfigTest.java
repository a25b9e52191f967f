package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.telegram.TelegramMode;
import de.sprechstunde.telegram.TelegramSettings;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelegramConfigTest {

    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    @Test
    void withoutATokenTelegramIsOff() {
        assertEquals(Optional.empty(), read(Map.of()));
        assertEquals(Optional.empty(), read(Map.of("TELEGRAM_BOT_TOKEN", "  ")));
    }

    @Test
    void theDefaultsAreLongPollingAgainstTheRealApi() {
        TelegramSettings settings = read(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).orElseThrow();

        assertEquals(TelegramMode.POLLING, settings.mode());
        assertEquals(URI.create("https://api.telegram.org"), settings.apiUrl());
        assertEquals(Duration.ofSeconds(50), settings.pollTimeout());
        assertEquals(Duration.ofSeconds(1), settings.privateChatSpacing());
        assertEquals(Duration.ofSeconds(3), settings.groupChatSpacing());
        assertEquals(30, settings.maxCallsPerSecond());
    }

    @Test
    void webhookModeNeedsAUrlAndAValidSecretAndServesTheUrlsPath() {
        Map<String, String> env = new HashMap<>(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_MODE", "Webhook"));
        assertMessage(env, "TELEGRAM_WEBHOOK_URL: is required when TELEGRAM_MODE=webhook (got nothing)");
        env.put("TELEGRAM_WEBHOOK_URL", "https://tutor.example.org/telegram/hook");
        assertMessage(env, "TELEGRAM_WEBHOOK_SECRET: is required when TELEGRAM_MODE=webhook (got nothing)");
        env.put("TELEGRAM_WEBHOOK_SECRET", "not allowed!");
        assertMessage(env, "TELEGRAM_WEBHOOK_SECRET: must be 1-256 characters of A-Z, a-z, 0-9, _ and - (got a value that is not shown)");
        env.put("TELEGRAM_WEBHOOK_SECRET", "abc_DEF-123");

        TelegramSettings settings = read(env).orElseThrow();
        assertEquals(TelegramMode.WEBHOOK, settings.mode());
        assertEquals("/telegram/hook", settings.webhookPath());
        assertFalse(settings.toString().contains("abc_DEF-123"));
    }

    @Test
    void badValuesNameTheirVariable() {
        assertMessage(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_MODE", "push"),
                "TELEGRAM_MODE: must be one of polling, webhook (got 'push')");
        assertMessage(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", "http://localhost:8081/custom/path"),
                "TELEGRAM_API_URL: must be http(s)://host[:port] without a path (got 'http://localhost:8081/custom/path')");
        assertMessage(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_POLL_TIMEOUT_SECONDS", "soon"),
                "TELEGRAM_POLL_TIMEOUT_SECONDS: must be a whole number (got 'soon')");
        assertMessage(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_CHAT_INTERVAL_MS", "-1"),
                "TELEGRAM_CHAT_INTERVAL_MS: must be between 0 and 60000 (got '-1')");
        assertMessage(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_MAX_CALLS_PER_SECOND", "31"),
                "TELEGRAM_MAX_CALLS_PER_SECOND: must be between 1 and 30 (got '31')");
    }

    @Test
    void aMalformedTokenIsRefusedWithoutRepeatingIt() {
        ConfigException error = assertThrows(ConfigException.class, () -> read(Map.of("TELEGRAM_BOT_TOKEN", "secret-looking-value")));

        assertTrue(error.getMessage().startsWith("TELEGRAM_BOT_TOKEN: "), error.getMessage());
        assertTrue(error.getMessage().endsWith("(got a value that is not shown)"), error.getMessage());
        assertFalse(error.getMessage().contains("secret-looking-value"));
        assertFalse(read(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).orElseThrow().toString().contains(TOKEN));
    }

    private static Optional<TelegramSettings> read(Map<String, String> env) {
        return TelegramConfig.read(new Env(env));
    }

    private static void assertMessage(Map<String, String> env, String expected) {
        assertEquals(expected, assertThrows(ConfigException.class, () -> read(env)).getMessage());
    }
}
