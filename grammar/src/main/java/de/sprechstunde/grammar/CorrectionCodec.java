package de.sprechstunde.grammar;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.port.Correction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corrections of one sentence as compact cache text: a version line, then one line per correction
 * with tab-separated start, end, fix, category, rule id and the explanations. Offsets are relative
 * to the sentence; the wrong part is taken from the sentence again when decoding.
 */
final class CorrectionCodec {

    private static final String VERSION = "g1";

    String encode(List<Correction> corrections) {
        StringBuilder text = new StringBuilder(VERSION);
        for (Correction c : corrections) {
            text.append('\n').append(c.start()).append('\t').append(c.end()).append('\t').append(clean(c.fix()))
                    .append('\t').append(c.category()).append('\t').append(c.ruleId())
                    .append('\t').append(clean(c.explanationIn(ExplanationLanguage.ENGLISH)))
                    .append('\t').append(clean(c.explanationIn(ExplanationLanguage.GERMAN)));
        }
        return text.toString();
    }

    /** The corrections, or empty when the text is not a valid entry for this sentence (treated as a miss). */
    Optional<List<Correction>> decode(String encoded, String sentence) {
        String[] lines = encoded.split("\n", -1);
        if (!lines[0].equals(VERSION)) {
            return Optional.empty();
        }
        List<Correction> corrections = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split("\t", -1);
            if (fields.length != 7) {
                return Optional.empty();
            }
            try {
                int start = Integer.parseInt(fields[0]);
                int end = Integer.parseInt(fields[1]);
                if (start < 0 || end > sentence.length() || start > end) {
                    return Optional.empty();
                }
                Map<ExplanationLanguage, String> texts = new EnumMap<>(ExplanationLanguage.class);
                texts.put(ExplanationLanguage.ENGLISH, fields[5]);
                texts.put(ExplanationLanguage.GERMAN, fields[6]);
                corrections.add(new Correction(start, end, sentence.substring(start, end), fields[2], fields[3], fields[4], texts));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(corrections);
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
