package de.sprechstunde.resilience;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PendingMessage;
import de.sprechstunde.resilience.Breaker;
import de.sprechstunde.resilience.WriteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shared ledger, or this instance's in-process one while the shared store is unreachable, so
 * redeliveries are still recognised during an outage. An "answered" mark that cannot reach the
 * shared store is buffered and replayed, so a message answered during the outage is not replayed
 * after a restart. After a restart both ledgers' unanswered messages are replayed, each once.
 */
final class FallbackMessageLedger implements MessageLedger {

    private final MessageLedger shared;
    private final MessageLedger local;
    private final Breaker breaker;
    private final WriteBuffer pendingWrites;

    FallbackMessageLedger(MessageLedger shared, MessageLedger local, Breaker breaker, WriteBuffer pendingWrites) {
        this.shared = shared;
        this.local = local;
        this.breaker = breaker;
        this.pendingWrites = pendingWrites;
    }

    @Override
    public boolean accept(IncomingMessage message) {
        return breaker.call(() -> shared.accept(message), () -> local.accept(message));
    }

    @Override
    public void answered(MessageKey key) {
        local.answered(key);
        pendingWrites.write("ledger.answered", () -> shared.answered(key));
    }

    @Override
    public void showing(MessageKey key, List<String> platformMessageIds) {
        local.showing(key, platformMessageIds);
        pendingWrites.write("ledger.showing", () -> shared.showing(key, platformMessageIds));
    }

    @Override
    public void undelivered(MessageKey key, List<Reply> replies) {
        local.undelivered(key, replies);
        pendingWrites.write("ledger.undelivered", () -> shared.undelivered(key, replies));
    }

    @Override
    public List<PendingMessage> pending(Platform platform) {
        Map<MessageKey, PendingMessage> all = new LinkedHashMap<>();
        breaker.call(() -> shared.pending(platform), List::<PendingMessage>of).forEach(m -> all.put(m.message().key(), m));
        // this instance's own record is the newer one while the shared store was away
        local.pending(platform).forEach(m -> all.merge(m.message().key(), m, (stored, mine) ->
                mine.undelivered().isEmpty() && mine.showing().isEmpty() ? stored : mine));
        return new ArrayList<>(all.values());
    }
}
