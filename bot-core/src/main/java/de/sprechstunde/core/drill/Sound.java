package de.sprechstunde.core.drill;

/** The German sounds and patterns the drills train. */
public enum Sound {
    UMLAUT_UE("ü"),
    UMLAUT_OE("ö"),
    UMLAUT_AE("ä"),
    ICH_LAUT("ich-Laut"),
    ACH_LAUT("ach-Laut"),
    R("r"),
    Z("z"),
    SCH_SP_ST("sch/sp/st"),
    FINAL_DEVOICING("final devoicing"),
    VOWEL_LENGTH("long vs short vowels"),
    COMPOUNDS("compounds");

    private final String label;

    Sound(String label) {
        this.label = label;
    }

    /** How the sound is named to learners. */
    public String label() {
        return label;
    }
}
