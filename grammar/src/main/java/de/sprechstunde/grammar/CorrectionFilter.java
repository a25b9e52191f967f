package de.sprechstunde.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which corrections are shown: a logistic regression over {@link CorrectionFeatures},
 * trained on the MultiGED-2023 German train split by {@code bench}'s {@code TrainCorrectionFilter}
 * (docs/grammar.md), with a threshold (rules with enough dev data have their own) and the rules
 * measured below 90 % precision on dev even after filtering, which stay off. The model is a text
 * resource: {@code threshold}, {@code rule-threshold}, {@code off} and {@code w feature weight} lines. Immutable and thread-safe.
 */
public final class CorrectionFilter {

    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "/de/sprechstunde/grammar/correction-filter.tsv";

    private final Map<String, Double> weights;
    private final Set<String> offRules;
    private final double threshold;
    private final Map<String, Double> ruleThresholds;

    CorrectionFilter(Map<String, Double> weights, Set<String> offRules, double threshold, Map<String, Double> ruleThresholds) {
        this.weights = Map.copyOf(weights);
        this.offRules = Set.copyOf(offRules);
        this.threshold = threshold;
        this.ruleThresholds = Map.copyOf(ruleThresholds);
    }

    /** The shipped model, or empty when the resource is missing. */
    static Optional<CorrectionFilter> shipped() {
        try (InputStream in = CorrectionFilter.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static CorrectionFilter read(InputStream in) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        Set<String> off = new HashSet<>();
        Map<String, Double> ruleThresholds = new HashMap<>();
        double threshold = 0.5;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            switch (fields[0]) {
                case "threshold" -> threshold = Double.parseDouble(fields[1]);
                case "off" -> off.add(fields[1]);
                case "rule-threshold" -> ruleThresholds.put(fields[1], Double.parseDouble(fields[2]));
                case "w" -> weights.put(fields[1], Double.parseDouble(fields[2]));
                default -> throw new IOException("unexpected line in the correction filter: " + fields[0]);
            }
        }
        return new CorrectionFilter(weights, off, threshold, ruleThresholds);
    }

    /** The probability that a correction with these features is right. */
    public double score(List<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    /** Whether a correction is shown: its rule is on and its score reaches the threshold. */
    boolean shows(String ruleId, List<String> features) {
        return !offRules.contains(ruleId) && score(features) >= ruleThresholds.getOrDefault(ruleId, threshold);
    }

    double threshold() {
        return threshold;
    }

    Set<String> offRules() {
        return offRules;
    }
}
