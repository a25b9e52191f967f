package de.sprechstunde.core.config;

import de.sprechstunde.core.learner.LearnerId;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the tutor core behaves, independent of any platform or backend.
 *
 * @param admins             learners allowed to run admin commands ({@code ADMIN_IDS})
 * @param maxTextLength      longest learner text accepted, in characters
 * @param maxVoiceDuration   longest voice note accepted
 * @param maxVoiceBytes      largest voice note accepted
 * @param historyTurns       how many recent turns are kept and offered to the model
 * @param contextBudgetChars the most characters of history sent to the model (about 4 per token)
 * @param fastModelForVoice  whether voice turns use the fast model ({@code OLLAMA_USE_FAST_FOR_VOICE})
 * @param cachingEnabled     whether model answers are cached ({@code ENABLE_RESPONSE_CACHING})
 * @param workerThreads      threads for slow work (model, speech, storage)
 * @param queueCapacity      messages that may wait for a worker before new ones are turned away
 */
public record TutorSettings(
        Set<LearnerId> admins,
        int maxTextLength,
        Duration maxVoiceDuration,
        long maxVoiceBytes,
        int historyTurns,
        int contextBudgetChars,
        boolean fastModelForVoice,
        boolean cachingEnabled,
        int workerThreads,
        int queueCapacity) {

    public TutorSettings {
        admins = Set.copyOf(admins);
        Objects.requireNonNull(maxVoiceDuration, "maxVoiceDuration");
        positive("maxTextLength", maxTextLength);
        positive("maxVoiceBytes", maxVoiceBytes);
        positive("historyTurns", historyTurns);
        positive("contextBudgetChars", contextBudgetChars);
        positive("workerThreads", workerThreads);
        positive("queueCapacity", queueCapacity);
    }

    /** The defaults of the configuration contract. */
    public static TutorSettings defaults() {
        return new TutorSettings(Set.of(), 2000, Duration.ofSeconds(60), 20L * 1024 * 1024, 16, 6000, true, true, 8, 500);
    }

    public TutorSettings withAdmins(Set<LearnerId> newAdmins) {
        return new TutorSettings(newAdmins, maxTextLength, maxVoiceDuration, maxVoiceBytes, historyTurns,
                contextBudgetChars, fastModelForVoice, cachingEnabled, workerThreads, queueCapacity);
    }

    public boolean isAdmin(LearnerId learner) {
        return admins.contains(learner);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
