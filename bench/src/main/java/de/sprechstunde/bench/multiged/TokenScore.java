package de.sprechstunde.bench.multiged;

import java.util.Locale;

/**
 * Token-level detection counts as the MultiGED shared task scores them: a flagged token the
 * annotators marked wrong is a true positive, a flagged correct token a false positive, an
 * unflagged wrong token a false negative; precision is 1 without false positives, recall 1
 * without false negatives (as in the task's eval.py), F0.5 weighs precision twice as much.
 */
public final class TokenScore {

    private long truePositives;
    private long falsePositives;
    private long falseNegatives;

    public void add(boolean flagged, boolean wrong) {
        if (flagged && wrong) {
            truePositives++;
        } else if (flagged) {
            falsePositives++;
        } else if (wrong) {
            falseNegatives++;
        }
    }

    /** Adds another split's counts. */
    public void add(TokenScore other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
    }

    public long truePositives() {
        return truePositives;
    }

    public long falsePositives() {
        return falsePositives;
    }

    public long flagged() {
        return truePositives + falsePositives;
    }

    public double precision() {
        return falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f05() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 1.25 * p * r / (0.25 * p + r);
    }

    /** "P 66.2  R 35.1  F0.5 56.2  (TP … FP … FN …)". */
    public String summary() {
        return String.format(Locale.ROOT, "P %5.1f  R %5.1f  F0.5 %5.1f  (TP %d, FP %d, FN %d)",
                100 * precision(), 100 * recall(), 100 * f05(), truePositives, falsePositives, falseNegatives);
    }
}
