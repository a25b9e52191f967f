package de.sprechstunde.core.port;

/**
 * Running figures of drill scores for one phrase or sound.
 *
 * @param attempts how many scored attempts
 * @param average  mean score 0–100
 * @param best     highest score
 * @param last     most recent score
 */
public record ScoreSummary(long attempts, double average, int best, int last) {

    public static final ScoreSummary NONE = new ScoreSummary(0, 0, 0, 0);

    public ScoreSummary plus(int score) {
        long n = attempts + 1;
        return new ScoreSummary(n, average + (score - average) / n, Math.max(best, score), score);
    }
}
