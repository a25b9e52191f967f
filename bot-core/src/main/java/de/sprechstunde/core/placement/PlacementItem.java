package de.sprechstunde.core.placement;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.text.GermanLetters;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * One question of the placement test.
 *
 * @param id       stable id, e.g. {@code b1-c2}; buttons carry it, so a late press is recognised
 * @param level    the CEFR level it tests
 * @param kind     what sort of question
 * @param prompt   the question as shown (German)
 * @param options  the choices for cloze and vocabulary items, empty otherwise
 * @param accepted the right option, the accepted word orders, or (free sentences) the fewest words as text
 */
public record PlacementItem(String id, CefrLevel level, PlacementKind kind, String prompt, List<String> options,
                            List<String> accepted) {

    public PlacementItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        accepted = List.copyOf(accepted);
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException(id + ": no accepted answer");
        }
        if (kind.choice() && (options.size() < 2 || accepted.size() != 1 || !options.contains(accepted.get(0)))) {
            throw new IllegalArgumentException(id + ": a choice item needs options and exactly one of them right");
        }
        if (kind == PlacementKind.FREE) {
            Integer.parseInt(accepted.get(0));
        }
    }

    /** For free sentences: how many words a sentence needs at least to count. */
    public int minimumWords() {
        return kind == PlacementKind.FREE ? Integer.parseInt(accepted.get(0)) : 0;
    }

    /** The right answer as shown after a wrong one. */
    public String rightAnswer() {
        return accepted.get(0);
    }

    /** A typed answer (or a button's option) against the accepted ones, ignoring case, spacing, punctuation and umlaut spelling. */
    public boolean accepts(String answer) {
        String given = comparable(answer);
        return !given.isEmpty() && accepted.stream().anyMatch(a -> comparable(a).equals(given));
    }

    /** The index of the option a typed answer names, or -1. */
    public int optionNamed(String answer) {
        String given = comparable(answer);
        for (int i = 0; i < options.size(); i++) {
            if (comparable(options.get(i)).equals(given)) {
                return i;
            }
        }
        return -1;
    }

    static String comparable(String text) {
        // umlauts and ß may be typed as ae/oe/ue/ss on any keyboard
        return GermanLetters.fold(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
