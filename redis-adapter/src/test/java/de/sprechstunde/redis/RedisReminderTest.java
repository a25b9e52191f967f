package de.sprechstunde.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.InMemoryLearnerStore;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ReminderClaims;
import de.sprechstunde.core.port.ReminderStore;
import de.sprechstunde.core.reminder.ReminderSettings;
import de.sprechstunde.core.testing.FakeChatPlatform;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.core.testing.contract.ReminderClaimsContract;
import de.sprechstunde.core.testing.contract.ReminderStoreContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The reminder contracts against the real Redis on this machine, and two bot instances sharing it:
 * each learner gets exactly one reminder.
 */
class RedisReminderTest {

    private static final String PREFIX = SharedRedis.uniquePrefix(RedisReminderTest.class);
    private static RedisBackend redis;
    private static RedisBackend otherClient;

    @BeforeAll
    static void connect() {
        redis = SharedRedis.backend(PREFIX);
        otherClient = SharedRedis.backend(PREFIX);
    }

    @AfterAll
    static void cleanUp() {
        SharedRedis.deleteAll(redis, PREFIX);
        redis.close();
        otherClient.close();
    }

    @Nested
    class ReminderStoreTest extends ReminderStoreContract {
        @Override
        protected ReminderStore store() {
            return redis.reminderStore();
        }
    }

    @Nested
    class ReminderClaimsTest extends ReminderClaimsContract {
        @Override
        protected ReminderClaims claims() {
            return redis.reminderClaims("bot-1");
        }

        @Override
        protected ReminderClaims otherInstance() {
            return otherClient.reminderClaims("bot-2");
        }
    }

    private static TutorBot instance(RedisBackend client, String id, InMemoryLearnerStore learners, MutableClock clock,
                                     FakeChatPlatform telegram) {
        TutorBot bot = new TutorBotBuilder(new ScriptedChatModel()).clock(clock).learners(learners)
                .reminderStore(client.reminderStore()).reminderClaims(client.reminderClaims(id)).dueCards((l, n) -> 2)
                .reminders(ReminderSettings.defaults().withCheckEvery(Duration.ofDays(1))).build();
        bot.connect(telegram).join();
        return bot;
    }

    @Test
    void twoInstancesOnOneRedisSendEachLearnerExactlyOneReminder() {
        // 18:59 in Berlin
        MutableClock clock = MutableClock.startingAt("2026-11-27T17:59:00Z");
        InMemoryLearnerStore learners = new InMemoryLearnerStore();
        FakeChatPlatform first = new FakeChatPlatform(Platform.TELEGRAM);
        FakeChatPlatform second = new FakeChatPlatform(Platform.TELEGRAM);
        List<LearnerId> all = new ArrayList<>();
        try (TutorBot one = instance(redis, "bot-1", learners, clock, first);
             TutorBot two = instance(otherClient, "bot-2", learners, clock, second)) {
            for (int i = 0; i < 20; i++) {
                Messages learner = new Messages(Platform.TELEGRAM, PREFIX.hashCode() + "" + i);
                IncomingMessage remind = learner.text("/remind 19:00");
                (i % 2 == 0 ? one : two).receive(remind, new RecordingReplySink()).join();
                all.add(learner.learner());
            }
            clock.advance(Duration.ofMinutes(1));

            // both passes at the same moment, as two processes would run them
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> one.reminders().runOnce());
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> two.reminders().runOnce());
            int sent = a.join() + b.join();
            one.reminders().runOnce();
            two.reminders().runOnce();

            assertEquals(20, sent);
            List<LearnerId> reminded = new ArrayList<>();
            first.direct().forEach(d -> reminded.add(d.learner()));
            second.direct().forEach(d -> reminded.add(d.learner()));
            assertEquals(20, reminded.size());
            assertEquals(new java.util.HashSet<>(all), new java.util.HashSet<>(reminded));
        }
    }
}
