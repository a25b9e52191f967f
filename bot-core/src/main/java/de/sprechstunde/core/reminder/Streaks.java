package de.sprechstunde.core.reminder;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Turn;
import de.sprechstunde.core.port.ConversationStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A learner's streak: the days in a row, up to today or yesterday, on which they wrote or spoke to
 * the tutor. Worked out from the stored turns (the newest {@value #TURNS_READ}), so it needs no
 * store of its own; {@code /reset} and {@code /forget} end it.
 */
public final class Streaks {

    static final int TURNS_READ = 300;

    private final ConversationStore conversations;

    public Streaks(ConversationStore conversations) {
        this.conversations = conversations;
    }

    /** Days in a row with practice, ending today or yesterday in {@code zone}; 0 when neither. */
    public int days(LearnerId learner, Instant now, ZoneId zone) {
        Set<LocalDate> practised = practisedDays(learner, zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = practised.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (practised.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** A streak ends tonight: the learner practised yesterday but not yet today. */
    public boolean atRisk(LearnerId learner, Instant now, ZoneId zone) {
        Set<LocalDate> practised = practisedDays(learner, zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        return !practised.contains(today) && practised.contains(today.minusDays(1));
    }

    private Set<LocalDate> practisedDays(LearnerId learner, ZoneId zone) {
        return conversations.recent(learner, TURNS_READ).stream()
                .filter(turn -> turn.speaker() == Turn.Speaker.LEARNER)
                .map(turn -> turn.at().atZone(zone).toLocalDate())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
