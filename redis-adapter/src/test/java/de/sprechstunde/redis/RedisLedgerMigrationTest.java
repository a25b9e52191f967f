package de.sprechstunde.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PendingMessage;
import de.sprechstunde.core.storage.StoredMessages;
import de.sprechstunde.core.testing.Messages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Messages left pending in the hash of before hash tags ({@code pending:<platform>:<instance>}) are still replayed. */
class RedisLedgerMigrationTest {

    private final String prefix = SharedRedis.uniquePrefix(RedisLedgerMigrationTest.class);
    private final RedisBackend redis = SharedRedis.backend(prefix);

    @AfterEach
    void cleanUp() {
        SharedRedis.deleteAll(redis, prefix);
        redis.close();
    }

    @Test
    void legacyPendingMessagesAreReplayedInOrderAndMovedToTheirChats() throws Exception {
        Messages lena = new Messages(Platform.TELEGRAM, "lena");
        Messages tom = new Messages(Platform.TELEGRAM, "tom");
        IncomingMessage first = lena.text("1", "Erste");
        IncomingMessage second = tom.text("2", "Zweite");
        String legacy = prefix + "pending:telegram:bot-1";
        ObjectMapper json = new ObjectMapper();
        redis.connections().commands().hset(legacy, second.key().asString(),
                RedisKeys.bytes("7 " + json.writeValueAsString(StoredMessages.toMap(second)) + "\n{\"showing\":[\"99\"]}"));
        redis.connections().commands().hset(legacy, first.key().asString(),
                RedisKeys.bytes("3 " + json.writeValueAsString(StoredMessages.toMap(first))));
        redis.connections().commands().hset(legacy, "#seq", RedisKeys.bytes("7"));
        MessageLedger ledger = redis.ledger("bot-1", Duration.ofMinutes(10));

        List<PendingMessage> pending = ledger.pending(Platform.TELEGRAM);

        assertEquals(List.of(first, second), pending.stream().map(PendingMessage::message).toList());
        assertEquals(List.of("99"), pending.get(1).showing());
        assertEquals(0L, redis.connections().commands().exists(legacy), "the old hash is gone");
        ledger.answered(first.key());
        assertEquals(List.of(second), ledger.unanswered(Platform.TELEGRAM));
    }
}
