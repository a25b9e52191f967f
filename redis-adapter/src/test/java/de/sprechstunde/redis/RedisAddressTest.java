package de.sprechstunde.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.RedisURI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisAddressTest {

    @Test
    void aClusterUrlListsItsSeedNodesEachWithThePassword() {
        RedisAddress address = RedisAddress.parse("redis-cluster://:s3cret@10.0.0.1:7000,10.0.0.2:7001/");

        assertTrue(address.cluster());
        assertEquals(List.of("10.0.0.1:7000", "10.0.0.2:7001"),
                address.seeds().stream().map(uri -> uri.getHost() + ":" + uri.getPort()).toList());
        assertTrue(address.seeds().stream().allMatch(uri -> "s3cret".equals(new String(uri.getPassword()))));
        assertFalse(address.seeds().get(0).isSsl());
    }

    @Test
    void aTlsClusterUrlUsesTlsOnEveryNode() {
        RedisAddress address = RedisAddress.parse("rediss-cluster://app:pw@h1:7000,h2:7000");

        assertTrue(address.seeds().stream().allMatch(RedisURI::isSsl));
        assertEquals("app", address.seeds().get(1).getUsername());
    }

    @Test
    void aNodeUrlAndASentinelUrlAreOneAddress() {
        assertFalse(RedisAddress.parse("redis://localhost:6379/2").cluster());
        RedisAddress sentinel = RedisAddress.parse("redis-sentinel://:pw@s1:26379,s2:26379/0#mymaster");
        assertFalse(sentinel.cluster());
        assertEquals(2, sentinel.seeds().get(0).getSentinels().size());
    }

    @Test
    void aBadUrlIsRefusedWithoutRepeatingIt() {
        for (String bad : List.of("redis-cluster://:pw@h1:7000/3", "redis-cluster://", "http://:pw@h1:7000")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RedisAddress.parse(bad));
            assertFalse(e.getMessage().contains("pw@h1"), e.getMessage());
        }
    }
}
