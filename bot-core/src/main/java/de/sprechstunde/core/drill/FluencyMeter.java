package de.sprechstunde.core.drill;

import java.util.List;
import java.util.OptionalInt;

/**
 * Fluency 0–100 from word timings: hesitations (pauses longer than half a second) and a slow
 * articulation rate lower it. See {@code docs/speech.md} for the formula.
 */
final class FluencyMeter {

    /** A pause up to this long between two words is normal phrasing. */
    static final double NORMAL_PAUSE_SECONDS = 0.5;
    /** Points lost per second of pause beyond the normal one. */
    static final double POINTS_PER_HESITATION_SECOND = 25;
    /** Words per second (pauses capped at the normal one) from which the rate counts as fluent. */
    static final double FLUENT_WORDS_PER_SECOND = 1.5;

    private FluencyMeter() {
    }

    /** Empty when fewer than two heard words carry timings. */
    static OptionalInt fluency(List<HeardWord> heard) {
        List<HeardWord> timed = heard.stream().filter(HeardWord::timed).toList();
        if (timed.size() < 2) {
            return OptionalInt.empty();
        }
        double hesitation = 0;
        double speaking = 0;
        for (int k = 0; k < timed.size(); k++) {
            HeardWord word = timed.get(k);
            speaking += word.end() - word.start();
            if (k + 1 < timed.size()) {
                double gap = Math.max(0, timed.get(k + 1).start() - word.end());
                hesitation += Math.max(0, gap - NORMAL_PAUSE_SECONDS);
                speaking += Math.min(gap, NORMAL_PAUSE_SECONDS);
            }
        }
        double pauseScore = Math.max(0, 100 - POINTS_PER_HESITATION_SECOND * hesitation);
        double rate = speaking <= 0 ? FLUENT_WORDS_PER_SECOND : timed.size() / speaking;
        double rateScore = 100 * Math.min(1, rate / FLUENT_WORDS_PER_SECOND);
        return OptionalInt.of((int) Math.round(0.6 * pauseScore + 0.4 * rateScore));
    }
}
