package de.sprechstunde.core.pipeline;

import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.port.ModelWarmth;
import de.sprechstunde.core.tutor.LessonMode;
import de.sprechstunde.core.tutor.TurnContext;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lesson that waits for the models while they are still warming up, so a learner who writes
 * right after a start gets the real answer a little later instead of "offline". After
 * {@code noteAfter} of waiting the learner gets one short "warming up, one moment" note; after
 * {@code longest} (or as soon as the warm-up gives up) the turn goes ahead and the model path
 * gives its honest reply. Commands are never held: only lessons are wrapped.
 *
 * <p>Holding blocks the tutor worker, as a question sent during a model load would block inside
 * the model anyway; it only happens while the warm-up reports {@link ModelWarmth.Warming}.
 */
final class WarmupHold implements LessonMode {

    private static final Logger log = LoggerFactory.getLogger(WarmupHold.class);

    private final LessonMode lesson;
    private final ModelWarmth warmth;
    private final Duration noteAfter;
    private final Duration longest;

    WarmupHold(LessonMode lesson, ModelWarmth warmth, Duration noteAfter, Duration longest) {
        this.lesson = lesson;
        this.warmth = warmth;
        this.noteAfter = noteAfter.compareTo(longest) < 0 ? noteAfter : longest;
        this.longest = longest;
    }

    @Override
    public LearnerProfile play(TurnContext turn) {
        if (warmth.current() instanceof ModelWarmth.Warming) {
            hold(turn);
        }
        return lesson.play(turn);
    }

    private void hold(TurnContext turn) {
        long start = System.nanoTime();
        ModelWarmth.State state = warmth.awaitSettled(noteAfter);
        if (state instanceof ModelWarmth.Warming) {
            turn.sink().send(Reply.Text.of(turn.texts().warmingUp()));
            state = warmth.awaitSettled(longest.minus(noteAfter));
        }
        log.info("held {} ms for the model warm-up; now {}", (System.nanoTime() - start) / 1_000_000L, describe(state));
    }

    private static String describe(ModelWarmth.State state) {
        if (state instanceof ModelWarmth.Warming warming) {
            return "still warming (" + warming.waitingFor() + ")";
        }
        if (state instanceof ModelWarmth.Cold cold) {
            return "cold (" + cold.reason() + ")";
        }
        return "warm";
    }
}
