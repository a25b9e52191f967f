package de.sprechstunde.discord.practice;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Practice threads held in this process only: forgotten on restart. For tests and throwaway runs. */
public final class InMemoryPracticeThreads implements PracticeThreads {

    private final Map<String, String> learners = new ConcurrentHashMap<>();

    @Override
    public void remember(String threadId, String learnerUserId) {
        learners.put(threadId, learnerUserId);
    }

    @Override
    public Optional<String> learnerOf(String threadId) {
        return Optional.ofNullable(learners.get(threadId));
    }

    @Override
    public void forget(String threadId) {
        learners.remove(threadId);
    }
}
