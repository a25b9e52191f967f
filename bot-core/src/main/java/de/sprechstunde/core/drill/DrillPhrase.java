package de.sprechstunde.core.drill;

import de.sprechstunde.core.learner.CefrLevel;
import java.util.Objects;
import java.util.Set;

/**
 * A German phrase for pronunciation practice.
 *
 * @param id      stable id used in progress records, e.g. {@code a1-umlaut-01}
 * @param text    the phrase as the learner should say it
 * @param english what it means
 * @param level   the lowest level it suits
 * @param sounds  the sounds it trains (see {@link Sound})
 */
public record DrillPhrase(String id, String text, String english, CefrLevel level, Set<Sound> sounds) {
    public DrillPhrase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(level, "level");
        sounds = Set.copyOf(sounds);
        if (sounds.isEmpty()) {
            throw new IllegalArgumentException("phrase " + id + " must train at least one sound");
        }
    }
}
