package de.sprechstunde.core.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Measures the pipeline's stages for one message, for its log line and the stage metrics. */
final class StageTimer {

    private final Clock clock;
    private final Instant started;
    private final Map<String, Duration> stages = new LinkedHashMap<>();
    private Instant stageStart;

    StageTimer(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
        this.stageStart = started;
    }

    /** Ends the running stage under {@code name} and starts the next. */
    void lap(String name) {
        Instant now = clock.instant();
        stages.merge(name, Duration.between(stageStart, now), Duration::plus);
        stageStart = now;
    }

    Map<String, Duration> stages() {
        return Map.copyOf(stages);
    }

    Duration total() {
        return Duration.between(started, clock.instant());
    }

    /** e.g. {@code accept=1ms guard=0ms answer=812ms}. */
    String describe() {
        StringJoiner joiner = new StringJoiner(" ");
        stages.forEach((name, duration) -> joiner.add(name + "=" + duration.toMillis() + "ms"));
        return joiner.toString();
    }
}
