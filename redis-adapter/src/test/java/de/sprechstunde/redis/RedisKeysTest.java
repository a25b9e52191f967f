package de.sprechstunde.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.port.RateBudget;
import io.lettuce.core.cluster.SlotHash;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Keys used together by one script or multi-key command share a cluster slot (their hash tag). */
class RedisKeysTest {

    private final RedisKeys keys = new RedisKeys("sprechstunde:");

    @Test
    void aChatsDedupeAndPendingKeysShareASlot() {
        MessageKey key = new MessageKey(Platform.TELEGRAM, "4242", "11");
        assertEquals("sprechstunde:msg:{telegram:4242}:11", keys.accepted(key));
        assertEquals(slot(keys.accepted(key)), slot(keys.pending(Platform.TELEGRAM, "4242", "bot-1")));
    }

    @Test
    void anInstancesPendingIndexAndSequenceShareASlot() {
        assertEquals(slot(keys.pendingChats(Platform.DISCORD, "bot-1")), slot(keys.pendingSequence(Platform.DISCORD, "bot-1")));
    }

    @Test
    void aLearnersRateWindowsShareASlot() {
        LearnerId lena = new LearnerId(Platform.TELEGRAM, "4242");
        assertEquals("sprechstunde:rl:{telegram:4242}:text", keys.rate(RateBudget.TEXT, lena));
        assertEquals(slot(keys.rate(RateBudget.TEXT, lena)), slot(keys.rate(RateBudget.VOICE, lena)));
    }

    @Test
    void aCountersDaysShareASlot() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertEquals("sprechstunde:daily:{messages}:2026-12-02", keys.daily("messages", day));
        assertEquals(slot(keys.daily("messages", day)), slot(keys.daily("messages", day.minusDays(399))));
    }

    @Test
    void differentChatsSpreadOverTheCluster() {
        assertNotEquals(slot(keys.accepted(new MessageKey(Platform.TELEGRAM, "1", "1"))),
                slot(keys.accepted(new MessageKey(Platform.TELEGRAM, "2", "1"))));
    }

    private static int slot(String key) {
        return SlotHash.getSlot(key);
    }
}
