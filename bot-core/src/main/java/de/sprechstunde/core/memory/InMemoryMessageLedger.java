package de.sprechstunde.core.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Expiry;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.port.MessageLedger;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accepted and answered messages in this JVM, each remembered for a retention period from its
 * acceptance (long enough for any platform redelivery) and bounded in number. Thread-safe.
 */
public final class InMemoryMessageLedger implements MessageLedger {

    /** {@code order} keeps acceptance order where the clock gives two messages the same instant. */
    private record Entry(IncomingMessage message, long order, boolean answered) {
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
        Entry fresh = new Entry(message, accepted.incrementAndGet(), false);
        return entries.asMap().putIfAbsent(message.key(), fresh) == null;
    }

    @Override
    public void answered(MessageKey key) {
        entries.asMap().computeIfPresent(key, (k, e) -> new Entry(e.message(), e.order(), true));
    }

    @Override
    public List<IncomingMessage> unanswered(Platform platform) {
        return entries.asMap().values().stream()
                .filter(e -> !e.answered() && e.message().platform() == platform)
                .sorted(Comparator.comparingLong(Entry::order))
                .map(Entry::message)
                .toList();
    }
}
