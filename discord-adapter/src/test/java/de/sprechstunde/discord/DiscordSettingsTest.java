package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

    private static final Path DATA = Path.of("data");

    @Test
    void withoutATokenDiscordIsOff() {
        assertTrue(DiscordSettings.fromEnvironment(Map.of("DISCORD_BOT_TOKEN", "  "), DATA).isEmpty());
    }

    @Test
    void theDefaultsAreDiscordsOwnAddresses() {
        DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of("DISCORD_BOT_TOKEN", "abc.def"), DATA).orElseThrow();

        assertEquals("https://discord.com/api/v10/", settings.apiUrl().toString());
        assertEquals("wss://gateway.discord.gg/", settings.gatewayUrl().toString());
        assertEquals(OptionalInt.empty(), settings.shards());
        assertEquals(DATA.resolve("discord-practice-threads.txt"), settings.practiceThreads().orElseThrow());
        assertFalse(settings.toString().contains("abc.def"), "the token is hidden: " + settings);
    }

    @Test
    void localAddressesGetTheirTrailingSlashAndShardsAreRead() {
        DiscordSettings settings = DiscordSettings.fromEnvironment(Map.of("DISCORD_BOT_TOKEN", "t",
                "DISCORD_API_URL", "http://127.0.0.1:8080/api/v10", "DISCORD_GATEWAY_URL", "ws://127.0.0.1:8081/",
                "DISCORD_SHARDS", "auto"), DATA).orElseThrow();

        assertEquals("http://127.0.0.1:8080/api/v10/", settings.apiUrl().toString());
        assertEquals(OptionalInt.of(0), settings.shards());
    }

    @Test
    void badValuesNameTheirVariable() {
        assertTrue(message(Map.of("DISCORD_BOT_TOKEN", "t", "DISCORD_API_URL", "ftp://x/")).contains("DISCORD_API_URL"));
        assertTrue(message(Map.of("DISCORD_BOT_TOKEN", "t", "DISCORD_GATEWAY_URL", "https://gateway.discord.gg/")).contains("DISCORD_GATEWAY_URL"));
        assertTrue(message(Map.of("DISCORD_BOT_TOKEN", "t", "DISCORD_SHARDS", "many")).contains("DISCORD_SHARDS"));
        assertTrue(message(Map.of("DISCORD_BOT_TOKEN", "t", "DISCORD_SHARDS", "0")).contains("DISCORD_SHARDS"));
    }

    private static String message(Map<String, String> env) {
        return assertThrows(IllegalArgumentException.class, () -> DiscordSettings.fromEnvironment(env, DATA)).getMessage();
    }
}
