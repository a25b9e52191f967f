package de.sprechstunde.core.learning;

/**
 * FSRS's memory of one card.
 *
 * @param stability  days until recall probability falls to 90 %
 * @param difficulty 1 (easy) to 10 (hard)
 */
public record MemoryState(double stability, double difficulty) {
    public MemoryState {
        if (!(stability > 0) || difficulty < 1 || difficulty > 10) {
            throw new IllegalArgumentException("bad memory state s=" + stability + " d=" + difficulty);
        }
    }
}
