package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.message.Choice;
import java.util.Arrays;
import java.util.List;

/** Buttons for choosing a CEFR level. */
final class LevelChoices {

    private LevelChoices() {
    }

    static List<Choice> all() {
        return Arrays.stream(CefrLevel.values()).map(l -> new Choice(l.name(), "/level " + l.name())).toList();
    }
}
