package de.sprechstunde.core.memory;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PendingMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accepted and answered messages in this JVM, each remembered for a retention period (long enough
 * for any platform redelivery) and bounded in number.
 */
public final class InMemoryMessageLedger implements MessageLedger {

    private record Entry(IncomingMessage message, Instant acceptedAt, boolean answered, List<String> showing, List<Reply> undelivered) {
        Entry(IncomingMessage message, Instant acceptedAt) {
            this(message, acceptedAt, false, List.of(), List.of());
        }
    }

    private final Map<MessageKey, Entry> entries = new LinkedHashMap<>();
    private final Duration retention;
    private final int maxEntries;
    private final Clock clock;

    public InMemoryMessageLedger(Duration retention, int maxEntries, Clock clock) {
        this.retention = retention;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public synchronized boolean accept(IncomingMessage message) {
        Instant now = clock.instant();
        entries.values().removeIf(e -> e.acceptedAt().plus(retention).isBefore(now));
        if (entries.containsKey(message.key())) {
            return false;
        }
        if (entries.size() >= maxEntries) {
            entries.remove(entries.keySet().iterator().next());
        }
        entries.put(message.key(), new Entry(message, now));
        return true;
    }

    @Override
    public synchronized void answered(MessageKey key) {
        entries.computeIfPresent(key, (k, e) -> new Entry(e.message(), e.acceptedAt(), true, List.of(), List.of()));
    }

    @Override
    public synchronized void showing(MessageKey key, List<String> platformMessageIds) {
        List<String> ids = List.copyOf(platformMessageIds);
        entries.computeIfPresent(key, (k, e) -> e.answered() ? e
                : new Entry(e.message(), e.acceptedAt(), false, ids, e.undelivered()));
    }

    @Override
    public synchronized void undelivered(MessageKey key, List<Reply> replies) {
        List<Reply> kept = List.copyOf(replies);
        entries.computeIfPresent(key, (k, e) -> e.answered() ? e
                : new Entry(e.message(), e.acceptedAt(), false, e.showing(), kept));
    }

    @Override
    public synchronized List<PendingMessage> pending(Platform platform) {
        return entries.values().stream()
                .filter(e -> !e.answered() && e.message().platform() == platform)
                .sorted(Comparator.comparing(Entry::acceptedAt))
                .map(e -> new PendingMessage(e.message(), e.showing(), e.undelivered()))
                .toList();
    }
}
