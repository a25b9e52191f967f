package de.sprechstunde.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.ollama.HostChoice.Candidate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostChoiceTest {

    private static int best(Candidate... candidates) {
        return HostChoice.best(List.of(candidates)).orElseThrow().index();
    }

    @Test
    void theLeastBusyHostAnswers() {
        assertEquals(1, best(new Candidate(0, 3, true, 0), new Candidate(1, 1, true, 9), new Candidate(2, 2, true, 0)));
    }

    @Test
    void aHostWithTheModelLoadedIsPreferredUntilItIsTwoRequestsBusier() {
        assertEquals(0, best(new Candidate(0, 1, true, 5), new Candidate(1, 0, false, 0)));
        assertEquals(0, best(new Candidate(0, 2, true, 5), new Candidate(1, 0, false, 0)));
        assertEquals(1, best(new Candidate(0, 3, true, 5), new Candidate(1, 0, false, 0)));
    }

    @Test
    void amongEquallyBusyHostsTheOneChosenLongestAgoThenTheFirst() {
        assertEquals(2, best(new Candidate(0, 0, true, 4), new Candidate(1, 0, true, 4), new Candidate(2, 0, true, 3)));
        assertEquals(0, best(new Candidate(0, 0, true, 4), new Candidate(1, 0, true, 4)));
    }
}
