package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.discord.DiscordSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DiscordConfigTest {

    private static final Path DATA = Path.of("data");

    @Test
    void withoutATokenDiscordIsOff() {
        assertTrue(DiscordConfig.read(new Env(Map.of("DISCORD_BOT_TOKEN", "  ")), DATA).isEmpty());
    }

    @Test
    void theDefaultsAreDiscordsOwnAddresses() {
        DiscordSettings settings = DiscordConfig.read(new Env(Map.of("DISCORD_BOT_TOKEN", "abc.def")), DATA).orElseThrow();

        assertEquals("https://discord.com/api/v10/", settings.apiUrl().toString());
        assertEquals("wss://gateway.discord.gg/", settings.gatewayUrl().toString());
        assertEquals(OptionalInt.empty(), settings.shards());
        assertEquals(DATA.resolve("discord-practice-threads.txt"), settings.practiceThreads().orElseThrow());
        assertFalse(settings.toString().contains("abc.def"), "the token is hidden: " + settings);
    }

    @Test
    void localAddressesGetTheirTrailingSlashAndShardsAreRead() {
        DiscordSettings settings = DiscordConfig.read(new Env(Map.of("DISCORD_BOT_TOKEN", "t",
                "DISCORD_API_URL", "http://127.0.0.1:8080/api/v10", "DISCORD_GATEWAY_URL", "ws://127.0.0.1:8081/",
                "DISCORD_SHARDS", "auto")), DATA).orElseThrow();

        assertEquals("http://127.0.0.1:8080/api/v10/", settings.apiUrl().toString());
        assertEquals(OptionalInt.of(0), settings.shards());
        assertEquals(OptionalInt.of(4), DiscordConfig.read(new Env(Map.of("DISCORD_BOT_TOKEN", "t", "DISCORD_SHARDS", "4")), DATA)
                .orElseThrow().shards());
    }

    @Test
    void badValuesNameTheirVariable() {
        assertEquals("DISCORD_API_URL: must use http or https (got 'ftp://x/')", message("DISCORD_API_URL", "ftp://x/"));
        assertEquals("DISCORD_GATEWAY_URL: must use ws or wss (got 'https://gateway.discord.gg/')",
                message("DISCORD_GATEWAY_URL", "https://gateway.discord.gg/"));
        assertEquals("DISCORD_SHARDS: must be 'auto' or a number from 1 to 1024 (got 'many')", message("DISCORD_SHARDS", "many"));
        assertEquals("DISCORD_SHARDS: must be 'auto' or a number from 1 to 1024 (got '0')", message("DISCORD_SHARDS", "0"));
        assertEquals("DISCORD_SHARDS: must be 'auto' or a number from 1 to 1024 (got '1025')", message("DISCORD_SHARDS", "1025"));
    }

    private static String message(String name, String value) {
        return assertThrows(ConfigException.class,
                () -> DiscordConfig.read(new Env(Map.of("DISCORD_BOT_TOKEN", "t", name, value)), DATA)).getMessage();
    }
}
