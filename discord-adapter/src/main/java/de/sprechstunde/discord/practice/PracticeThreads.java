package de.sprechstunde.discord.practice;

import java.util.Optional;

/**
 * The practice threads the bot opened with {@code /practice}: thread id → the learner it belongs
 * to. In such a thread every message of that learner is answered, without a mention.
 *
 * <p>Implementations are thread-safe. Failures to persist are logged, not thrown: a lost entry
 * only means the learner mentions the bot again.
 */
public interface PracticeThreads {

    void remember(String threadId, String learnerUserId);

    Optional<String> learnerOf(String threadId);

    /** The thread was deleted or archived for good. */
    void forget(String threadId);
}
