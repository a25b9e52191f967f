package de.sprechstunde.bench.multiged;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Logistic regression over named binary features, trained by AdaGrad with L2 regularisation in a
 * fixed order (seeded shuffles), so the same examples always give the same weights. Features seen
 * fewer than {@code minCount} times are left out: rare words must not decide what a learner sees.
 */
public final class LogisticRegression {

    private LogisticRegression() {
    }

    public static Map<String, Double> train(List<List<String>> features, List<Boolean> labels, int minCount, int epochs,
            double rate, double l2, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        features.forEach(f -> f.forEach(name -> counts.merge(name, 1, Integer::sum)));
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).sorted().forEach(name -> {
            index.put(name, names.size());
            names.add(name);
        });
        int[][] rows = new int[features.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = features.get(i).stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray();
        }
        double[] weights = new double[names.size()];
        double[] squares = new double[names.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                double sum = 0;
                for (int f : rows[i]) {
                    sum += weights[f];
                }
                double gradient = 1 / (1 + Math.exp(-sum)) - (labels.get(i) ? 1 : 0);
                for (int f : rows[i]) {
                    double g = gradient + l2 * weights[f];
                    squares[f] += g * g;
                    weights[f] -= rate * g / Math.sqrt(squares[f] + 1e-8);
                }
            }
        }
        Map<String, Double> model = new HashMap<>();
        for (int f = 0; f < names.size(); f++) {
            if (Math.abs(weights[f]) >= 1e-3) {
                model.put(names.get(f), weights[f]);
            }
        }
        return model;
    }

    public static double score(Map<String, Double> model, List<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += model.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }
}
