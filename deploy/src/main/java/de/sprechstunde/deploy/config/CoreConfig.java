package de.sprechstunde.deploy.config;

import static de.sprechstunde.deploy.config.Variables.*;

import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.learner.LearnerId;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads the tutor core's settings: admins, input limits, caching, workers. */
final class CoreConfig {

    private CoreConfig() {
    }

    static TutorSettings read(Env env) {
        TutorSettings defaults = TutorSettings.defaults();
        return new TutorSettings(
                admins(env),
                env.integer(MAX_TEXT_LENGTH, defaults.maxTextLength(), 1, 4096),
                env.seconds(VOICE_MAX_SECONDS, defaults.maxVoiceDuration(), 1, 600),
                env.longValue(VOICE_MAX_BYTES, defaults.maxVoiceBytes(), 1, 50L * 1024 * 1024),
                env.integer(HISTORY_TURNS, defaults.historyTurns(), 2, 200),
                env.integer(CONTEXT_BUDGET_CHARS, defaults.contextBudgetChars(), 500, 200_000),
                env.bool(OLLAMA_USE_FAST_FOR_VOICE, defaults.fastModelForVoice()),
                env.bool(ENABLE_RESPONSE_CACHING, defaults.cachingEnabled()),
                env.integer(WORKER_THREADS, defaults.workerThreads(), 1, 256),
                env.integer(QUEUE_CAPACITY, defaults.queueCapacity(), 1, 100_000));
    }

    /** {@code ADMIN_IDS=telegram:123,discord:456}. */
    private static Set<LearnerId> admins(Env env) {
        Set<LearnerId> admins = new LinkedHashSet<>();
        for (String entry : env.list(ADMIN_IDS)) {
            try {
                admins.add(LearnerId.parse(entry));
            } catch (IllegalArgumentException e) {
                throw env.bad(ADMIN_IDS, "entries must look like telegram:123 or discord:456, not '" + entry + "'");
            }
        }
        return admins;
    }
}
