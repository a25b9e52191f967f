package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.port.ReminderSchedule;
import de.sprechstunde.core.port.ReminderStore;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ReminderStore} does; one subclass per implementation. Learner ids are unique per test. */
public abstract class ReminderStoreContract {

    protected abstract ReminderStore store();

    private final String run = UUID.randomUUID().toString();
    private final LearnerId lena = new LearnerId(Platform.TELEGRAM, "lena-" + run);
    private final LearnerId jonas = new LearnerId(Platform.DISCORD, "jonas-" + run);
    private final ZoneId berlin = ZoneId.of("Europe/Berlin");
    private final Instant seven = Instant.parse("2026-11-27T18:00:00Z");

    private ReminderSchedule at(LearnerId learner, String time, Instant next) {
        return new ReminderSchedule(learner, berlin, Optional.of(LocalTime.parse(time)), Optional.of(next));
    }

    private List<ReminderSchedule> mine(Instant now) {
        return store().dueBy(now, 10_000).stream().filter(s -> s.learner().userId().endsWith(run)).toList();
    }

    @Test
    public void aLearnerWithoutScheduleHasNone() {
        assertEquals(Optional.empty(), store().find(lena));
        assertFalse(store().delete(lena));
    }

    @Test
    public void aScheduleSurvivesTheRoundTrip() {
        ReminderSchedule schedule = at(lena, "19:00", seven);

        store().save(schedule);

        assertEquals(Optional.of(schedule), store().find(lena));
    }

    @Test
    public void onlySchedulesThatAreOnAndDueAreDueEarliestFirst() {
        store().save(at(lena, "19:00", seven));
        store().save(at(jonas, "18:30", seven.minusSeconds(1800)));
        LearnerId off = new LearnerId(Platform.TELEGRAM, "off-" + run);
        store().save(ReminderSchedule.off(off, ZoneId.of("Asia/Tokyo")));

        assertEquals(List.of(), mine(seven.minusSeconds(3600)));
        assertEquals(List.of(jonas), mine(seven.minusSeconds(1)).stream().map(ReminderSchedule::learner).toList());
        assertEquals(List.of(jonas, lena), mine(seven).stream().map(ReminderSchedule::learner).toList());
        assertEquals(Optional.of(ReminderSchedule.off(off, ZoneId.of("Asia/Tokyo"))), store().find(off));
    }

    @Test
    public void savingAgainMovesTheScheduleOnAndSwitchingOffTakesItOutOfTheDueOnes() {
        store().save(at(lena, "19:00", seven));
        store().save(at(lena, "19:00", seven.plusSeconds(86_400)));

        assertEquals(List.of(), mine(seven));

        store().save(ReminderSchedule.off(lena, berlin));
        assertEquals(List.of(), mine(seven.plusSeconds(2 * 86_400)));
        assertFalse(store().find(lena).orElseThrow().on());
    }

    @Test
    public void deleteRemovesTheSchedule() {
        store().save(at(lena, "19:00", seven));

        assertTrue(store().delete(lena));

        assertEquals(Optional.empty(), store().find(lena));
        assertEquals(List.of(), mine(seven));
    }
}
