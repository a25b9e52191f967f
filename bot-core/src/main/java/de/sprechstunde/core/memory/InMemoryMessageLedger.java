package de.sprechstunde.core.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Expiry;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PendingMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accepted and answered messages in this JVM, each remembered for a retention period from its
 * acceptance (long enough for any platform redelivery) and bounded in number, with what a reply in
 * progress shows and what could not be delivered yet. Thread-safe.
 */
public final class InMemoryMessageLedger implements MessageLedger {

    /** {@code order} keeps acceptance order where the clock gives two messages the same instant. */
    private record Entry(IncomingMessage message, long order, boolean answered, List<String> showing, List<Reply> undelivered) {
        Entry(IncomingMessage message, long order) {
            this(message, order, false, List.of(), List.of());
        }
    }

    private final Cache<MessageKey, Entry> entries;
    private final AtomicLong accepted = new AtomicLong();

    public InMemoryMessageLedger(Duration retention, int maxEntries, Clock clock) {
        // counted from acceptance: marking an entry answered must not extend its retention
        this.entries = BoundedCaches.timedBy(clock, maxEntries)
                .expireAfter(Expiry.creating((MessageKey key, Entry entry) -> retention))
                .build();
    }

    @Override
    public boolean accept(IncomingMessage message) {
        Entry fresh = new Entry(message, accepted.incrementAndGet());
        return entries.asMap().putIfAbsent(message.key(), fresh) == null;
    }

    @Override
    public void answered(MessageKey key) {
        entries.asMap().computeIfPresent(key, (k, e) -> new Entry(e.message(), e.order(), true, List.of(), List.of()));
    }

    @Override
    public void showing(MessageKey key, List<String> platformMessageIds) {
        List<String> ids = List.copyOf(platformMessageIds);
        entries.asMap().computeIfPresent(key, (k, e) -> e.answered() ? e
                : new Entry(e.message(), e.order(), false, ids, e.undelivered()));
    }

    @Override
    public void undelivered(MessageKey key, List<Reply> replies) {
        List<Reply> kept = List.copyOf(replies);
        entries.asMap().computeIfPresent(key, (k, e) -> e.answered() ? e
                : new Entry(e.message(), e.order(), false, e.showing(), kept));
    }

    @Override
    public List<PendingMessage> pending(Platform platform) {
        return entries.asMap().values().stream()
                .filter(e -> !e.answered() && e.message().platform() == platform)
                .sorted(Comparator.comparingLong(Entry::order))
                .map(e -> new PendingMessage(e.message(), e.showing(), e.undelivered()))
                .toList();
    }
}
