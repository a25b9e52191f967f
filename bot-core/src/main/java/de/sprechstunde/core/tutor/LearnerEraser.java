package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.AuditEntry;
import de.sprechstunde.core.port.AuditLog;
import de.sprechstunde.core.port.ConversationStore;
import de.sprechstunde.core.port.LearnerStore;
import de.sprechstunde.core.port.PersonalData;
import de.sprechstunde.core.port.ProgressStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes everything stored about one learner, everywhere, for {@code /forget}. */
public final class LearnerEraser {

    private static final Logger log = LoggerFactory.getLogger(LearnerEraser.class);

    /**
     * What was deleted.
     *
     * @param profile         whether a profile existed
     * @param turns           conversation turns deleted
     * @param progressRecords progress records deleted
     * @param other           a readable list of what the other stores deleted; may be empty
     */
    public record Erased(boolean profile, long turns, long progressRecords, String other) {
    }

    private final LearnerStore learners;
    private final ConversationStore conversations;
    private final ProgressStore progress;
    private final List<PersonalData> others;
    private final AuditLog audit;
    private final Clock clock;

    public LearnerEraser(LearnerStore learners, ConversationStore conversations, ProgressStore progress,
                         List<PersonalData> others, AuditLog audit, Clock clock) {
        this.learners = learners;
        this.conversations = conversations;
        this.progress = progress;
        this.others = List.copyOf(others);
        this.audit = audit;
        this.clock = clock;
    }

    public Erased erase(LearnerId learner) {
        long turns = conversations.clear(learner);
        long records = progress.delete(learner);
        List<String> other = new ArrayList<>();
        for (PersonalData data : others) {
            long count = data.erase(learner);
            if (count > 0) {
                other.add(count + " " + data.description());
            }
        }
        boolean profile = learners.delete(learner);
        log.info("erased learner data: profile={} turns={} progress={} other={}", profile, turns, records, other);
        // the audit keeps only that an erasure happened and its size, as accountability requires
        audit.record(new AuditEntry(learner, "forget", "profile=" + profile + " turns=" + turns + " progress=" + records, clock.instant()));
        return new Erased(profile, turns, records, String.join(", ", other));
    }
}
