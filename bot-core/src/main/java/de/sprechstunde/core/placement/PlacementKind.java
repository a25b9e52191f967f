package de.sprechstunde.core.placement;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of placement items. Cloze and vocabulary items are answered with buttons, the others typed. */
public enum PlacementKind {
    CLOZE("cloze", true),
    VOCABULARY("vocabulary", true),
    WORD_ORDER("word-order", false),
    FREE("free", false);

    private final String key;
    private final boolean choice;

    PlacementKind(String key, boolean choice) {
        this.key = key;
        this.choice = choice;
    }

    public String key() {
        return key;
    }

    /** Whether the learner picks one of the item's options. */
    public boolean choice() {
        return choice;
    }

    static PlacementKind parse(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown placement item kind: " + key));
    }
}
