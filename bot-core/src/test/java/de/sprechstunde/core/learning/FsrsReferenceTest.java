package de.sprechstunde.core.learning;

import static de.sprechstunde.core.learning.Rating.AGAIN;
import static de.sprechstunde.core.learning.Rating.EASY;
import static de.sprechstunde.core.learning.Rating.GOOD;
import static de.sprechstunde.core.learning.Rating.HARD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FSRS-6 against the reference implementations' own expected values (numbers taken from their
 * tests, not their code):
 * <ul>
 * <li>ts-fsrs commit cdec8d2f8340f8e62ced596c1da02e20e70073f0:
 *     {@code packages/fsrs/__tests__/impl/long-term_scheduler.test.ts} (test1–test5),
 *     {@code packages/fsrs/__tests__/FSRS-6.test.ts} ("first repeat", "memory state"),
 *     {@code packages/fsrs/__tests__/algorithm.test.ts} (next_difficulty, next_stability);</li>
 * <li>fsrs-rs commit 0cbb9d3c8fbd7cbe4903f25d6e4c7ed01a65edf9: {@code src/inference.rs}
 *     ({@code test_memory_state}, {@code test_next_interval});</li>
 * <li>py-fsrs commit 3abe686e9c058d3f3c00bbeb92e68b71211b2b31: {@code tests/test_basic.py}
 *     ({@code test_memo_state}: the same 53.62691 / 6.3574867).</li>
 * </ul>
 * Stability and difficulty agree to 1e-4, as the references' own tests require; intervals to the day.
 */
class FsrsReferenceTest {

    private static final Instant START = Instant.parse("2022-12-29T12:30:00Z");

    /** The weights ts-fsrs's long-term tests use: FSRS-5's 19, filled to 21 as ts-fsrs does (w19 = 0, decay 0.5). */
    private static final double[] LONG_TERM_WEIGHTS = {0.4197, 1.1869, 3.0412, 15.2441, 7.1434, 0.6477, 1.0007,
            0.0674, 1.6597, 0.1712, 1.1178, 2.0225, 0.0904, 0.3025, 2.1214, 0.2498, 2.9466, 0.4891, 0.6468, 0.0, 0.5};

    private final CardScheduler longTerm = new CardScheduler(new Fsrs(new FsrsParameters(LONG_TERM_WEIGHTS, 0.9, 36500, false)));
    private final Fsrs defaults = new Fsrs(FsrsParameters.defaults(0.9));

    @Test
    void longTermSequenceOne() {
        assertSequence(List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD),
                new int[] {3, 13, 48, 155, 445, 1158, 17, 3, 11, 37, 112, 307, 773},
                new double[] {3.0412, 13.09130698, 48.15848988, 154.93732625, 445.05562739, 1158.07779739, 16.63063166,
                        3.01732209, 11.42247264, 37.37521902, 111.8752758, 306.5974569, 772.94026648},
                new double[] {4.49094334, 4.26664289, 4.05746029, 3.86237659, 3.68044154, 3.51076891, 4.69833071,
                        5.55956298, 5.26323756, 4.98688448, 4.72915759, 4.4888015, 4.26464541});
    }

    @Test
    void longTermSequenceTwo() {
        assertSequence(List.of(AGAIN, HARD, GOOD, EASY, AGAIN, HARD, GOOD, EASY),
                new int[] {1, 2, 6, 41, 4, 7, 21, 133},
                new double[] {0.4197, 1.0344317, 5.5356759, 41.0033667, 4.46605519, 6.67743292, 20.88868155, 132.81849454},
                new double[] {7.1434, 7.03653841, 6.64066485, 5.92312772, 6.44779861, 6.45995078, 6.10293922, 5.36588547});
    }

    @Test
    void longTermSequenceThree() {
        assertSequence(List.of(HARD, GOOD, EASY, AGAIN, HARD, GOOD, EASY, AGAIN),
                new int[] {2, 7, 54, 5, 8, 26, 171, 8},
                new double[] {1.1869, 6.59167572, 53.76078737, 5.0853693, 8.09786749, 25.52991279, 171.16195166, 8.11072373},
                new double[] {6.23225985, 5.89059466, 5.14583392, 5.884097, 5.99269555, 5.667177, 4.91430736, 5.71619151});
    }

    @Test
    void longTermSequenceFour() {
        assertSequence(List.of(GOOD, EASY, AGAIN, HARD, GOOD, EASY, AGAIN, HARD),
                new int[] {3, 33, 4, 7, 26, 193, 9, 14},
                new double[] {3.0412, 32.65484522, 4.22256838, 7.2325009, 25.52681746, 193.36618775, 8.63899847, 14.31323867},
                new double[] {4.49094334, 3.69538259, 4.83221448, 5.12078462, 4.85403286, 4.07165035, 5.1050878, 5.34697075});
    }

    @Test
    void longTermSequenceFive() {
        assertSequence(List.of(EASY, AGAIN, HARD, GOOD, EASY, AGAIN, HARD, GOOD),
                new int[] {15, 3, 6, 27, 240, 10, 17, 60},
                new double[] {15.2441, 3.25621013, 6.32684549, 26.56339029, 239.70462771, 9.75621519, 17.06035531, 59.59547542},
                new double[] {1.16304343, 2.99573557, 3.59851762, 3.43436666, 2.60045771, 4.03816348, 4.46259158, 4.24020203});
    }

    @Test
    void defaultWeightsMemoryStateWithSameDayReviews() {
        MemoryState m = memoryAfter(defaults);
        assertEquals(53.62691, m.stability(), 1e-4);
        assertEquals(6.3574867, m.difficulty(), 1e-4);
    }

    @Test
    void defaultWeightsMemoryStateWithoutSameDayStability() {
        Fsrs withoutShortTerm = new Fsrs(new FsrsParameters(FsrsParameters.defaults(0.9).weights(), 0.9, 36500, false));
        MemoryState m = memoryAfter(withoutShortTerm);
        assertEquals(53.335106, m.stability(), 1e-4);
        assertEquals(6.3574867, m.difficulty(), 1e-4);
    }

    @Test
    void defaultWeightsFirstReviewOfEachRating() {
        double[] stability = {0.212, 1.2931, 2.3065, 8.2956};
        double[] difficulty = {6.4133, 5.11217071, 2.11810397, 1};
        for (Rating r : Rating.values()) {
            MemoryState m = defaults.next(null, 0, r);
            assertEquals(stability[r.grade() - 1], m.stability(), 1e-8, r.key());
            assertEquals(difficulty[r.grade() - 1], m.difficulty(), 1e-8, r.key());
        }
        // ts-fsrs schedules a first Easy in 8 days (the others go into its minute-long learning steps)
        Schedule easy = new CardScheduler(defaults).rate(Schedule.fresh(START), EASY, START);
        assertEquals(8, easy.intervalDays());
    }

    @Test
    void defaultWeightsIntervalForEachDesiredRetention() {
        // fsrs-rs computes in f32 and gets 3116766 for 0.1; ts-fsrs (f64, as here) gets 3 days more
        int[] expected = {3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1};
        for (int i = 1; i <= 10; i++) {
            Fsrs fsrs = new Fsrs(new FsrsParameters(FsrsParameters.defaults(0.9).weights(), i / 10.0, Integer.MAX_VALUE, true));
            assertEquals(expected[i - 1], fsrs.intervalDays(1.0), String.format("retention %s", i / 10.0));
        }
    }

    @Test
    void defaultWeightsDifficultyAndStabilityFormulas() {
        double[] nextDifficulty = {8.34176237, 6.66599536, 4.99022837, 3.31446137};
        double[] recall = {25.60252118, 28.22657096, 58.65599107, 127.2266925};
        double[] forget = {1.05253961, 1.18943295, 1.36808387, 1.58498896};
        double[] shortTerm = {1.596818, 5, 5, 8.12960956};
        double[] r = {0.9, 0.8, 0.7, 0.6};
        for (Rating g : Rating.values()) {
            int i = g.grade() - 1;
            assertEquals(nextDifficulty[i], defaults.nextDifficulty(5.0, g), 1e-6);
            assertEquals(recall[i], defaults.recallStability(i + 1, 5, r[i], g), 1e-6);
            assertEquals(forget[i], defaults.forgetStability(i + 1, 5, r[i]), 1e-6);
            assertEquals(shortTerm[i], defaults.shortTermStability(5, g), 1e-6);
        }
        assertEquals(0.84588465, defaults.retrievability(2, 1.0), 1e-8);
    }

    private void assertSequence(List<Rating> ratings, int[] intervals, double[] stability, double[] difficulty) {
        Schedule schedule = Schedule.fresh(START);
        Instant now = START;
        List<Integer> gotIntervals = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            schedule = longTerm.rate(schedule, ratings.get(i), now);
            MemoryState m = schedule.memory().orElseThrow();
            assertEquals(stability[i], m.stability(), 1e-4, String.format("stability after review %d", i + 1));
            assertEquals(difficulty[i], m.difficulty(), 1e-4, String.format("difficulty after review %d", i + 1));
            gotIntervals.add(schedule.intervalDays());
            now = schedule.due();
        }
        assertEquals(java.util.Arrays.stream(intervals).boxed().toList(), gotIntervals);
    }

    private static MemoryState memoryAfter(Fsrs fsrs) {
        Rating[] ratings = {AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD};
        int[] elapsed = {0, 0, 1, 3, 8, 21};
        MemoryState state = null;
        for (int i = 0; i < ratings.length; i++) {
            state = fsrs.next(state, elapsed[i], ratings[i]);
        }
        return state;
    }
}
