package de.sprechstunde.core.learning;

import java.util.Arrays;

/**
 * The weights and targets of FSRS-6.
 *
 * @param weights           the 21 weights w0..w20 (w20 is the forgetting curve's decay)
 * @param desiredRetention  the recall probability a card is scheduled for, in (0, 1]
 * @param maximumInterval   the longest interval in days
 * @param shortTerm         whether a review on the day of the last one uses the same-day stability
 *                          (w17–w19); off, w17 and w18 count as 0, as in the reference "long-term" mode
 */
public record FsrsParameters(double[] weights, double desiredRetention, int maximumInterval, boolean shortTerm) {

    /** FSRS-6's published default weights (py-fsrs, ts-fsrs and fsrs-rs share them). */
    private static final double[] DEFAULT_WEIGHTS = {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    public static final int DEFAULT_MAXIMUM_INTERVAL = 36500;

    public FsrsParameters {
        if (weights.length != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.length);
        }
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1], got " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximum interval must be at least one day");
        }
        weights = weights.clone();
    }

    /** The default weights at the given retention, with same-day stability on. */
    public static FsrsParameters defaults(double desiredRetention) {
        return new FsrsParameters(DEFAULT_WEIGHTS, desiredRetention, DEFAULT_MAXIMUM_INTERVAL, true);
    }

    double w(int i) {
        return weights[i];
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsrsParameters p && Arrays.equals(weights, p.weights)
                && desiredRetention == p.desiredRetention && maximumInterval == p.maximumInterval && shortTerm == p.shortTerm;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + Double.hashCode(desiredRetention);
    }

    @Override
    public String toString() {
        return "FsrsParameters" + Arrays.toString(weights) + " retention=" + desiredRetention;
    }
}
