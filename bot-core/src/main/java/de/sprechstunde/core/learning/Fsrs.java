package de.sprechstunde.core.learning;

/**
 * The FSRS-6 memory model (Ye et al., open-spaced-repetition): how stability and difficulty change
 * with each rating and which interval meets the desired retention. Pure and thread-safe; the
 * formulas follow the published algorithm (the FSRS wiki, "The Algorithm", FSRS-6).
 */
public final class Fsrs {

    private static final double S_MIN = 0.001;
    private static final double S_MAX = 36500;

    private final FsrsParameters p;
    private final double decay;
    private final double factor;

    public Fsrs(FsrsParameters parameters) {
        this.p = parameters;
        this.decay = -parameters.w(20);
        // chosen so that R(t = S) = 0.9
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public FsrsParameters parameters() {
        return p;
    }

    /** R(t, S) = (1 + factor · t / S)^decay: the probability of recall after {@code elapsedDays}. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /**
     * The memory after a review.
     *
     * @param before      the memory before it, or null for a card's first review
     * @param elapsedDays whole days since the last review (0 on the same day)
     */
    public MemoryState next(MemoryState before, int elapsedDays, Rating rating) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("elapsed days must not be negative");
        }
        if (before == null) {
            return new MemoryState(initialStability(rating), clampDifficulty(initialDifficulty(rating)));
        }
        double s = before.stability();
        double d = before.difficulty();
        double stability;
        if (elapsedDays == 0 && p.shortTerm()) {
            stability = shortTermStability(s, rating);
        } else if (rating == Rating.AGAIN) {
            double r = retrievability(elapsedDays, s);
            double floor = s / Math.exp(w17() * w18());
            stability = Math.min(forgetStability(d, s, r), floor);
        } else {
            stability = recallStability(d, s, retrievability(elapsedDays, s), rating);
        }
        return new MemoryState(clampStability(stability), nextDifficulty(d, rating));
    }

    /** The interval in whole days (1 to the maximum) at which recall falls to the desired retention. */
    public int intervalDays(double stability) {
        double days = stability / factor * (Math.pow(p.desiredRetention(), 1 / decay) - 1);
        return (int) Math.min(Math.max(1, Math.round(days)), p.maximumInterval());
    }

    double initialStability(Rating rating) {
        return Math.max(p.w(rating.grade() - 1), S_MIN);
    }

    double initialDifficulty(Rating rating) {
        return p.w(4) - Math.exp(p.w(5) * (rating.grade() - 1)) + 1;
    }

    double nextDifficulty(double d, Rating rating) {
        double delta = -p.w(6) * (rating.grade() - 3);
        double damped = d + delta * (10 - d) / 9;
        // mean reversion towards the initial difficulty of an Easy first answer
        return clampDifficulty(p.w(7) * initialDifficulty(Rating.EASY) + (1 - p.w(7)) * damped);
    }

    double recallStability(double d, double s, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? p.w(15) : 1;
        double easyBonus = rating == Rating.EASY ? p.w(16) : 1;
        return s * (1 + Math.exp(p.w(8)) * (11 - d) * Math.pow(s, -p.w(9))
                * (Math.exp((1 - r) * p.w(10)) - 1) * hardPenalty * easyBonus);
    }

    double forgetStability(double d, double s, double r) {
        return p.w(11) * Math.pow(d, -p.w(12)) * (Math.pow(s + 1, p.w(13)) - 1) * Math.exp((1 - r) * p.w(14));
    }

    double shortTermStability(double s, Rating rating) {
        double increase = Math.exp(p.w(17) * (rating.grade() - 3 + p.w(18))) * Math.pow(s, -p.w(19));
        if (rating != Rating.AGAIN) {
            increase = Math.max(increase, 1);
        }
        return s * increase;
    }

    private double w17() {
        return p.shortTerm() ? p.w(17) : 0;
    }

    private double w18() {
        return p.shortTerm() ? p.w(18) : 0;
    }

    private static double clampStability(double s) {
        return Math.min(Math.max(s, S_MIN), S_MAX);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1), 10);
    }
}
