package de.sprechstunde.core.placement;

import de.sprechstunde.core.learner.CefrLevel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of a placement test.
 *
 * @param level        the placed level
 * @param tally        per level tested: {right, asked}
 * @param rightAtLevel right answers at the placed level
 * @param askedAtLevel answers at the placed level
 * @param freeSentence whether the free sentence was right; empty when it was not scored
 */
public record PlacementResult(CefrLevel level, Map<CefrLevel, int[]> tally, int rightAtLevel, int askedAtLevel,
                              Optional<Boolean> freeSentence) {

    public PlacementResult {
        Objects.requireNonNull(level, "level");
        EnumMap<CefrLevel, int[]> sorted = new EnumMap<>(CefrLevel.class);
        sorted.putAll(tally);
        tally = Collections.unmodifiableMap(sorted);
        Objects.requireNonNull(freeSentence, "freeSentence");
    }

    /** E.g. {@code A2 1/1 · B1 4/4 · B2 1/5}. */
    public String byLevel() {
        return tally.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                .collect(Collectors.joining(" · "));
    }
}
