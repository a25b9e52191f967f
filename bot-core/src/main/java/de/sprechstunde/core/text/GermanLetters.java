package de.sprechstunde.core.text;

import java.util.Locale;

/** German letters folded to plain ASCII spelling, so "Bäckerei" and "baeckerei", "Straße" and "strasse" compare equal. */
public final class GermanLetters {

    private GermanLetters() {
    }

    /** Lower case, with ä → ae, ö → oe, ü → ue and ß → ss. */
    public static String fold(String text) {
        return text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    }
}
