package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.deploy.state.StateSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateConfigTest {

    @Test
    void anEmptyEnvironmentGivesTheContractsDefaults() {
        AppConfig config = ConfigLoader.load(new Env(Map.of("INSTANCE_ID", "bot-1")));
        StateSettings settings = config.state();

        assertTrue(settings.redis().isEmpty());
        assertTrue(settings.mongo().uri().isEmpty());
        assertEquals(50, settings.mongo().maxPoolSize());
        assertEquals(10, settings.mongo().minPoolSize());
        assertEquals(Duration.ofMillis(45_000), settings.mongo().maxIdleTime());
        assertEquals(Duration.ofDays(90), settings.mongo().turnRetention());
        assertEquals(Path.of("./data"), settings.dataDir());
        assertTrue(settings.cachingEnabled());
        assertEquals(Map.of(CacheKind.CONVERSATION, Duration.ofSeconds(3600), CacheKind.GRAMMAR, Duration.ofSeconds(86_400),
                CacheKind.SCENARIO, Duration.ofSeconds(7200)), settings.cacheTtls());
        assertEquals(Map.of(RateBudget.TEXT, 30, RateBudget.VOICE, 6), settings.perMinute());
        assertEquals("bot-1", settings.instanceId());
    }

    @Test
    void everyVariableIsRead() {
        AppConfig config = ConfigLoader.load(new Env(Map.ofEntries(
                Map.entry("REDIS_URL", "redis://:geheim@redis:6379/2"), Map.entry("REDIS_KEY_PREFIX", "bot2:"),
                Map.entry("REDIS_MAX_CONNECTIONS", "8"), Map.entry("REDIS_TIMEOUT_MS", "250"),
                Map.entry("MONGODB_URI", "mongodb://mongo:27017/tutor"), Map.entry("MONGODB_MAX_POOL_SIZE", "20"),
                Map.entry("MONGODB_MIN_POOL_SIZE", "2"), Map.entry("CONVERSATION_RETENTION_DAYS", "30"),
                Map.entry("ENABLE_RESPONSE_CACHING", "false"), Map.entry("RATE_LIMIT_PER_MINUTE", "10"),
                Map.entry("RATE_LIMIT_VOICE_PER_MINUTE", "2"), Map.entry("DATA_DIR", "/var/lib/bot"))));
        StateSettings settings = config.state();

        assertEquals("bot2:", settings.redis().orElseThrow().keyPrefix());
        assertEquals(8, settings.redis().orElseThrow().maxConnections());
        assertEquals(Duration.ofMillis(250), settings.redis().orElseThrow().timeout());
        assertEquals(20, settings.mongo().maxPoolSize());
        assertEquals(Duration.ofDays(30), settings.mongo().turnRetention());
        assertFalse(settings.cachingEnabled());
        assertEquals(Map.of(RateBudget.TEXT, 10, RateBudget.VOICE, 2), settings.perMinute());
        assertEquals(Path.of("/var/lib/bot"), settings.dataDir());
        assertFalse(settings.toString().contains("geheim"), "the Redis password never shows");
    }

    @Test
    void theSharedValuesReachEveryModuleThatNeedsThem() {
        AppConfig config = ConfigLoader.load(new Env(Map.of("ENABLE_RESPONSE_CACHING", "false", "DATA_DIR", "/srv/bot",
                "DISCORD_BOT_TOKEN", "t")));

        assertFalse(config.tutor().cachingEnabled());
        assertFalse(config.state().cachingEnabled());
        assertEquals(Path.of("/srv/bot"), config.dataDir());
        assertEquals(Path.of("/srv/bot"), config.state().dataDir());
        assertEquals(Path.of("/srv/bot/discord-practice-threads.txt"), config.discord().orElseThrow().practiceThreads().orElseThrow());
    }

    @Test
    void aBadValueNamesTheVariable() {
        assertMessage("RATE_LIMIT_PER_MINUTE: must be a whole number (got 'dreißig')", Map.of("RATE_LIMIT_PER_MINUTE", "dreißig"));
        assertMessage("CACHE_TTL_GRAMMAR: must be between 1 and 2147483647 (got '0')", Map.of("CACHE_TTL_GRAMMAR", "0"));
        assertMessage("ENABLE_RESPONSE_CACHING: must be true or false (got 'vielleicht')", Map.of("ENABLE_RESPONSE_CACHING", "vielleicht"));
        assertMessage("MONGODB_MIN_POOL_SIZE: must not exceed MONGODB_MAX_POOL_SIZE (50) (got '60')", Map.of("MONGODB_MIN_POOL_SIZE", "60"));
        assertMessage("REDIS_MAX_CONNECTIONS: must be between 1 and 64 (got '65')",
                Map.of("REDIS_URL", "redis://redis:6379/0", "REDIS_MAX_CONNECTIONS", "65"));
        assertMessage("CONVERSATION_MAX_TURNS: must be between 2 and 2147483647 (got '1')", Map.of("CONVERSATION_MAX_TURNS", "1"));
    }

    @Test
    void aClusterAndASentinelUrlAreAccepted() {
        for (String url : List.of("redis-cluster://:geheim@r1:7000,r2:7001", "redis-sentinel://:geheim@s1:26379,s2:26379/0#bot")) {
            StateSettings settings = ConfigLoader.load(new Env(Map.of("REDIS_URL", url))).state();
            assertEquals(url, settings.redis().orElseThrow().url().reveal());
        }
    }

    @Test
    void aBadUrlIsNamedWithItsPasswordMasked() {
        ConfigException redis = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(new Env(Map.of("REDIS_URL", "http://user:geheim@redis"))));
        assertEquals("REDIS_URL: is not a Redis URL like redis://host:port/db, redis-cluster://h1:p1,h2:p2"
                + " or redis-sentinel://host:port#master (got 'http://user:***@redis')", redis.getMessage());

        ConfigException cluster = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(new Env(Map.of("REDIS_URL", "redis-cluster://:geheim@r1:7000,r2:7000/2"))));
        assertTrue(cluster.getMessage().endsWith("(got 'redis-cluster://:***@r1:7000,r2:7000/2')"), cluster.getMessage());

        ConfigException mongo = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(new Env(Map.of("MONGODB_URI", "mongo://user:geheim@db"))));
        assertTrue(mongo.getMessage().startsWith("MONGODB_URI: "), mongo.getMessage());
        assertFalse(mongo.getMessage().contains("geheim"));
    }

    private static void assertMessage(String expected, Map<String, String> env) {
        assertEquals(expected, assertThrows(ConfigException.class, () -> ConfigLoader.load(new Env(env))).getMessage());
    }
}
