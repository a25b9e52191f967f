package de.sprechstunde.core.drill;

import de.sprechstunde.core.port.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Scores a spoken attempt against its target phrase: aligns the heard words to the target words
 * ({@link WordAligner}), scores each word (recogniser confidence lowers a correct word's score),
 * measures fluency from word timings ({@link FluencyMeter}) and combines them:
 *
 * <pre>
 * correct word      = 100 · min(1, probability / 0.8)     (100 without a probability)
 * mispronounced     = 40 · similarity(target, heard)
 * missed, extra     = 0
 * accuracy          = Σ word scores of the target words / (target words + extra words)
 * completeness      = 100 · said target words / target words      (said = correct or mispronounced)
 * overall           = 0.60·accuracy + 0.25·completeness + 0.15·fluency
 *                     (without timings: (0.60·accuracy + 0.25·completeness) / 0.85; nothing said: 0)
 * </pre>
 *
 * Stateless and thread-safe.
 */
public final class PronunciationScorer {

    /** A correct word heard with at least this confidence scores full marks. */
    static final double CONFIDENT_PROBABILITY = 0.8;
    /** The most a mispronounced word can score, for a near miss. */
    static final double MISPRONOUNCED_MAX = 40;
    static final double ACCURACY_WEIGHT = 0.60;
    static final double COMPLETENESS_WEIGHT = 0.25;
    static final double FLUENCY_WEIGHT = 0.15;

    public PronunciationScore score(String target, Transcript transcript) {
        List<String> targetWords = GermanSpelling.words(target);
        List<HeardWord> heard = HeardWord.of(transcript);
        List<String> heardTexts = heard.stream().map(HeardWord::text).toList();
        List<WordScore> scored = new ArrayList<>();
        for (WordAligner.Pair pair : WordAligner.align(targetWords, heardTexts)) {
            scored.add(score(pair, targetWords, heard));
        }
        int targets = targetWords.size();
        int said = 0;
        int extra = 0;
        double wordScores = 0;
        for (WordScore word : scored) {
            wordScores += word.score();
            switch (word.status()) {
                case CORRECT, MISPRONOUNCED -> said++;
                case EXTRA -> extra++;
                case MISSED -> { }
            }
        }
        int accuracy = targets + extra == 0 ? 0 : (int) Math.round(wordScores / (targets + extra));
        int completeness = targets == 0 ? 0 : (int) Math.round(100.0 * said / targets);
        OptionalInt fluency = FluencyMeter.fluency(heard);
        return new PronunciationScore(overall(said, accuracy, completeness, fluency), accuracy, completeness, fluency, scored);
    }

    private static int overall(int said, int accuracy, int completeness, OptionalInt fluency) {
        if (said == 0) {
            return 0;
        }
        double words = ACCURACY_WEIGHT * accuracy + COMPLETENESS_WEIGHT * completeness;
        double total = fluency.isPresent()
                ? words + FLUENCY_WEIGHT * fluency.getAsInt()
                : words / (ACCURACY_WEIGHT + COMPLETENESS_WEIGHT);
        return (int) Math.round(total);
    }

    private static WordScore score(WordAligner.Pair pair, List<String> target, List<HeardWord> heard) {
        return switch (pair.step()) {
            case SAME -> correct(target.get(pair.target()), List.of(heard.get(pair.heardFrom())));
            case JOINED -> correct(target.get(pair.target()), heard.subList(pair.heardFrom(), pair.heardFrom() + 2));
            case SUBSTITUTED -> {
                String targetWord = target.get(pair.target());
                String heardWord = heard.get(pair.heardFrom()).text();
                int score = (int) Math.round(MISPRONOUNCED_MAX * GermanSpelling.similarity(targetWord, heardWord));
                yield new WordScore(targetWord, heardWord, WordStatus.MISPRONOUNCED, score);
            }
            case MISSED -> new WordScore(target.get(pair.target()), "", WordStatus.MISSED, 0);
            case EXTRA -> new WordScore("", heard.get(pair.heardFrom()).text(), WordStatus.EXTRA, 0);
        };
    }

    private static WordScore correct(String target, List<HeardWord> parts) {
        OptionalDouble probability = parts.stream()
                .map(HeardWord::probability).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).min();
        int score = probability.isPresent()
                ? (int) Math.round(100 * Math.min(1, probability.getAsDouble() / CONFIDENT_PROBABILITY))
                : 100;
        String heardText = String.join(" ", parts.stream().map(HeardWord::text).toList());
        return new WordScore(target, heardText, WordStatus.CORRECT, score);
    }
}
