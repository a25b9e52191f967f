package de.sprechstunde.core.pipeline;

import de.sprechstunde.core.command.CommandRegistry;
import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.Outcome;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.platform.Tutor;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PendingMessage;
import de.sprechstunde.core.reminder.ReminderScheduler;
import de.sprechstunde.core.tutor.TutorTexts;
import io.micrometer.core.instrument.Gauge;
import de.sprechstunde.core.config.DeliverySettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tutor as adapters see it: hand over a message and a sink, get the answer in the sink.
 * {@link #receive} returns at once; the work runs on the bot's own workers, one message at a time
 * per chat. Build one with {@link TutorBotBuilder}.
 */
public final class TutorBot implements Tutor, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TutorBot.class);

    private final MessagePipeline pipeline;
    private final MessageLedger ledger;
    private final ChatPlatforms platforms;
    private final CommandRegistry commands;
    private final HealthRegistry health;
    private final boolean ownsHealth;
    private final BotMetrics metrics;
    private final ExecutorService workers;
    private final ChatSerialExecutor serial;
    private final int queueCapacity;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger undelivered = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<MessageKey> redelivering = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService redelivery;
    private final Duration giveUpAfter;
    private final Clock clock;
    private final ReminderScheduler reminders;

    TutorBot(MessagePipeline pipeline, MessageLedger ledger, ChatPlatforms platforms, CommandRegistry commands,
             HealthRegistry health, boolean ownsHealth, BotMetrics metrics, ExecutorService workers, int queueCapacity,
             DeliverySettings delivery, Clock clock, ReminderScheduler reminders) {
        this.reminders = reminders;
        this.pipeline = pipeline;
        this.ledger = ledger;
        this.platforms = platforms;
        this.commands = commands;
        this.health = health;
        this.ownsHealth = ownsHealth;
        this.metrics = metrics;
        this.workers = workers;
        this.serial = new ChatSerialExecutor(workers);
        this.queueCapacity = queueCapacity;
        this.giveUpAfter = delivery.giveUpAfter();
        this.clock = clock;
        Gauge.builder("bot.messages.in_flight", inFlight, AtomicInteger::get)
                .description("Messages accepted and not yet answered")
                .register(metrics.registry());
        Gauge.builder("bot.replies.undelivered", undelivered, AtomicInteger::get)
                .description("Messages whose replies the platform has not taken yet, as of the last redelivery pass")
                .register(metrics.registry());
        this.redelivery = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tutor-redelivery");
            thread.setDaemon(true);
            return thread;
        });
        long every = delivery.redeliveryInterval().toMillis();
        redelivery.scheduleWithFixedDelay(this::redeliverKept, every, every, TimeUnit.MILLISECONDS);
        reminders.start();
    }

    /** The reminder scheduler, which runs beside the message path (tests drive {@code runOnce} with their clock). */
    public ReminderScheduler reminders() {
        return reminders;
    }

    @Override
    public CompletableFuture<Outcome> receive(IncomingMessage message, ReplySink sink) {
        return submit(message, sink, false);
    }

    @Override
    public CompletableFuture<Void> connect(ChatPlatform platform) {
        platforms.register(platform);
        List<PendingMessage> pending = ledger.pending(platform.platform());
        if (!pending.isEmpty()) {
            log.info("answering {} {} message(s) accepted before the last stop", pending.size(), platform.platform().key());
        }
        return CompletableFuture.allOf(pending.stream()
                .map(message -> message.undelivered().isEmpty()
                        ? submit(message, platform.replyTo(message.message()), true)
                        : redeliver(message, platform))
                .toArray(CompletableFuture[]::new));
    }

    /** Retries, on the chat's queue, the replies kept when the platform did not take them. */
    private CompletableFuture<?> redeliver(PendingMessage pending, ChatPlatform platform) {
        MessageKey key = pending.message().key();
        if (closed.get() || tooLate(pending) || !redelivering.add(key)) {
            return CompletableFuture.completedFuture(null);
        }
        return serial.submit(pending.message().chat(), () -> pipeline.redeliver(pending, platform.replyTo(pending.message())))
                .whenComplete((delivered, error) -> redelivering.remove(key));
    }

    /**
     * A kept reply to a message older than the give-up age is dropped, not delivered days late:
     * the learner has long moved on, and an answer out of nowhere confuses more than it helps.
     */
    private boolean tooLate(PendingMessage pending) {
        Duration age = Duration.between(pending.message().receivedAt(), clock.instant());
        if (age.compareTo(giveUpAfter) <= 0) {
            return false;
        }
        log.warn("[{}] dropping {} undelivered repl(ies): the message is {} h old, past the give-up age of {} h",
                pending.message().key().asString(), pending.undelivered().size(), age.toHours(), giveUpAfter.toHours());
        metrics.error("delivery", "given_up");
        ledger.answered(pending.message().key());
        return true;
    }

    /** The periodic pass: every connected platform's messages that wait with undelivered replies. */
    private void redeliverKept() {
        int waiting = 0;
        for (ChatPlatform platform : platforms.all()) {
            try {
                List<PendingMessage> kept = ledger.pending(platform.platform()).stream()
                        .filter(pending -> !pending.undelivered().isEmpty())
                        .toList();
                waiting += kept.size();
                kept.forEach(pending -> redeliver(pending, platform));
            } catch (RuntimeException e) {
                log.warn("could not look for undelivered {} replies: {}", platform.platform().key(), e.toString());
            }
        }
        undelivered.set(waiting);
    }

    @Override
    public CommandRegistry commands() {
        return commands;
    }

    public HealthRegistry health() {
        return health;
    }

    private CompletableFuture<Outcome> submit(IncomingMessage message, ReplySink sink, boolean replay) {
        return submit(PendingMessage.of(message), sink, replay);
    }

    private CompletableFuture<Outcome> submit(PendingMessage pending, ReplySink sink, boolean replay) {
        IncomingMessage message = pending.message();
        if (closed.get()) {
            // not accepted: after the restart the platform redelivers it or the ledger replays it
            return CompletableFuture.completedFuture(Outcome.BUSY);
        }
        if (inFlight.incrementAndGet() > queueCapacity) {
            inFlight.decrementAndGet();
            log.warn("queue full ({} messages in flight): asking the learner to send again", queueCapacity);
            metrics.message(message.platform().key(), message.kind(), Outcome.BUSY.tag());
            try {
                sink.send(Reply.Text.of(new TutorTexts(ExplanationLanguage.ENGLISH).busy()));
            } catch (DeliveryFailedException e) {
                log.warn("the busy notice was not delivered: {}", e.getMessage());
            }
            return CompletableFuture.completedFuture(Outcome.BUSY);
        }
        if (!replay && !accept(message)) {
            inFlight.decrementAndGet();
            return CompletableFuture.completedFuture(Outcome.DUPLICATE);
        }
        return serial.submit(message.chat(), () -> pipeline.process(pending, sink, replay))
                .whenComplete((outcome, error) -> inFlight.decrementAndGet());
    }

    /**
     * Records the message in the ledger before it is queued, on the caller's thread: once
     * {@link #receive} returns, an accepted message is answered even if the process dies before a
     * worker picks it up (it is replayed on the next {@link #connect}). The ledger is a quick
     * set-if-absent that falls back to memory when its store is down.
     */
    private boolean accept(IncomingMessage message) {
        long started = System.nanoTime();
        boolean first = ledger.accept(message);
        metrics.stage("accept", Duration.ofNanos(System.nanoTime() - started));
        if (!first) {
            log.info("[{}] redelivered message skipped: it was accepted before", message.key().asString());
            metrics.message(message.platform().key(), message.kind(), Outcome.DUPLICATE.tag());
        }
        return first;
    }

    /** Stops taking messages and waits up to {@code grace} for the ones in progress. */
    public void shutdown(Duration grace) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        redelivery.shutdownNow();
        reminders.close();
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            // a chat's next message is submitted to the pool only when the one before it ends, so
            // the pool must stay open until the queue is empty, or those messages are rejected
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            workers.shutdown();
            if (!workers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                log.warn("{} message(s) still in progress at shutdown; they will be answered after the restart", inFlight.get());
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        // a registry handed in by the composition root keeps serving /health until it closes it
        if (ownsHealth) {
            health.close();
        }
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(10));
    }
}
