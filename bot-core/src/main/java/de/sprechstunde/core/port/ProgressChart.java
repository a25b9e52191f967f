package de.sprechstunde.core.port;

import java.util.Optional;

/**
 * Draws a learner's progress as a picture for {@code /progress}. Thread-safe; never throws: a chart
 * that cannot be drawn is empty, and {@code /progress} answers in text.
 */
@FunctionalInterface
public interface ProgressChart {

    /** @return the chart as PNG bytes, or empty */
    Optional<byte[]> render(ProgressReport report);

    /** No chart library wired: {@code /progress} answers in text. */
    ProgressChart NONE = report -> Optional.empty();
}
