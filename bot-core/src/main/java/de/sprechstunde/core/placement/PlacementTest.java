package de.sprechstunde.core.placement;

import de.sprechstunde.core.learner.CefrLevel;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The adaptive placement test, as pure functions of the answers so far (so a test can be stored,
 * interrupted and continued anywhere).
 *
 * <p>A staircase: the first item is at the learner's current level (C2 counts as C1); after a right
 * answer the next item is one level higher, after a wrong one one level lower, within A1–C1.
 * Items 1–11 are cloze, vocabulary and word-order questions (at each level the kind asked least so
 * far comes next); item 12 is a free sentence at the level the staircase has reached, checked by the
 * grammar checker. Scoring: see {@link #score}.
 */
public final class PlacementTest {

    /** Items in a whole test. */
    public static final int LENGTH = 12;
    /** A level counts as passed with at least this many right answers there … */
    static final int PASS_RIGHT = 2;
    /** … making up at least this share of the answers at that level. */
    static final double PASS_SHARE = 0.6;

    private final PlacementBank bank;

    public PlacementTest(PlacementBank bank) {
        this.bank = bank;
    }

    public PlacementBank bank() {
        return bank;
    }

    /** The first item for a learner at {@code level}. */
    public PlacementItem first(CefrLevel level) {
        return question(clamp(level), Set.of(), List.of());
    }

    /** The item after these answers, or empty when the test is complete. */
    public Optional<PlacementItem> next(List<String> answered, List<Boolean> right) {
        if (answered.isEmpty()) {
            throw new IllegalArgumentException("the first item comes from first()");
        }
        if (answered.size() >= LENGTH) {
            return Optional.empty();
        }
        PlacementItem last = item(answered.get(answered.size() - 1));
        CefrLevel level = step(last.level(), right.get(right.size() - 1));
        if (answered.size() == LENGTH - 1) {
            return bank.freeSentence(level);
        }
        return Optional.of(question(level, new HashSet<>(answered), answered));
    }

    /**
     * The placed level: the highest level with at least {@value #PASS_RIGHT} right answers that are
     * at least 60 % of the answers at that level; when no level qualifies, A1.
     */
    public PlacementResult score(List<String> answered, List<Boolean> right) {
        Map<CefrLevel, int[]> tally = new EnumMap<>(CefrLevel.class);
        Optional<Boolean> free = Optional.empty();
        for (int i = 0; i < answered.size(); i++) {
            PlacementItem item = item(answered.get(i));
            int[] counts = tally.computeIfAbsent(item.level(), l -> new int[2]);
            counts[1]++;
            if (right.get(i)) {
                counts[0]++;
            }
            if (item.kind() == PlacementKind.FREE) {
                free = Optional.of(right.get(i));
            }
        }
        CefrLevel placed = CefrLevel.A1;
        for (CefrLevel level : PlacementBank.LEVELS) {
            int[] counts = tally.get(level);
            if (counts != null && counts[0] >= PASS_RIGHT && counts[0] >= PASS_SHARE * counts[1]) {
                placed = level;
            }
        }
        int[] atPlaced = tally.getOrDefault(placed, new int[2]);
        return new PlacementResult(placed, tally, atPlaced[0], atPlaced[1], free);
    }

    private PlacementItem item(String id) {
        return bank.find(id).orElseThrow(() -> new IllegalArgumentException("unknown placement item: " + id));
    }

    private PlacementItem question(CefrLevel level, Set<String> asked, List<String> answered) {
        Map<PlacementKind, Integer> used = new EnumMap<>(PlacementKind.class);
        answered.forEach(id -> used.merge(item(id).kind(), 1, Integer::sum));
        return bank.questions(level).stream()
                .filter(i -> !asked.contains(i.id()))
                .min((a, b) -> Integer.compare(used.getOrDefault(a.kind(), 0), used.getOrDefault(b.kind(), 0)))
                .orElseThrow(() -> new IllegalStateException("no question left at " + level));
    }

    private static CefrLevel step(CefrLevel level, boolean right) {
        int index = PlacementBank.LEVELS.indexOf(level) + (right ? 1 : -1);
        return PlacementBank.LEVELS.get(Math.max(0, Math.min(PlacementBank.LEVELS.size() - 1, index)));
    }

    static CefrLevel clamp(CefrLevel level) {
        return level == CefrLevel.C2 ? CefrLevel.C1 : level;
    }
}
