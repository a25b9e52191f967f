package de.sprechstunde.core.drill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Aligns heard words to target words with a weighted edit distance: equal words cost 0, a
 * substitution costs 1 − ½·similarity (so similar words pair up before unrelated ones), a missed or
 * an extra word costs 1, and two heard words that spell one target word together (a compound the
 * recogniser split) cost 0.
 */
final class WordAligner {

    /** What happened to one target word, or to one extra heard word. */
    enum Step {
        SAME, SUBSTITUTED, MISSED, EXTRA, JOINED
    }

    /**
     * One step of the alignment.
     *
     * @param step       what happened
     * @param target     index of the target word, or -1 for an extra word
     * @param heardFrom  index of the first heard word, or -1 for a missed word
     * @param heardCount how many heard words belong to it (0, 1, or 2 when joined)
     */
    record Pair(Step step, int target, int heardFrom, int heardCount) {
    }

    private static final double EPSILON = 1e-9;

    private WordAligner() {
    }

    static List<Pair> align(List<String> target, List<String> heard) {
        int n = target.size();
        int m = heard.size();
        double[][] cost = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                cost[i][j] = i == 0 ? j : j == 0 ? i : best(cost, target, heard, i, j);
            }
        }
        return backtrace(cost, target, heard);
    }

    private static double best(double[][] cost, List<String> target, List<String> heard, int i, int j) {
        double value = Math.min(cost[i - 1][j - 1] + substitution(target.get(i - 1), heard.get(j - 1)),
                Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1));
        if (joins(target, heard, i, j)) {
            value = Math.min(value, cost[i - 1][j - 2]);
        }
        return value;
    }

    private static List<Pair> backtrace(double[][] cost, List<String> target, List<String> heard) {
        List<Pair> path = new ArrayList<>();
        int i = target.size();
        int j = heard.size();
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && close(cost[i][j], cost[i - 1][j - 1] + substitution(target.get(i - 1), heard.get(j - 1)))) {
                boolean same = GermanSpelling.same(target.get(i - 1), heard.get(j - 1));
                path.add(new Pair(same ? Step.SAME : Step.SUBSTITUTED, i - 1, j - 1, 1));
                i--;
                j--;
            } else if (i > 0 && j > 1 && joins(target, heard, i, j) && close(cost[i][j], cost[i - 1][j - 2])) {
                path.add(new Pair(Step.JOINED, i - 1, j - 2, 2));
                i--;
                j -= 2;
            } else if (i > 0 && close(cost[i][j], cost[i - 1][j] + 1)) {
                path.add(new Pair(Step.MISSED, i - 1, -1, 0));
                i--;
            } else {
                path.add(new Pair(Step.EXTRA, -1, j - 1, 1));
                j--;
            }
        }
        Collections.reverse(path);
        return path;
    }

    private static double substitution(String target, String heard) {
        return GermanSpelling.same(target, heard) ? 0 : 1 - 0.5 * GermanSpelling.similarity(target, heard);
    }

    private static boolean joins(List<String> target, List<String> heard, int i, int j) {
        return j >= 2 && GermanSpelling.same(target.get(i - 1), heard.get(j - 2) + heard.get(j - 1));
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) < EPSILON;
    }
}
