package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.placement.PlacementItem;
import de.sprechstunde.core.placement.PlacementResult;

/** What the placement test says, in English and German. */
final class PlacementTexts {

    String intro(ExplanationLanguage l) {
        return l.pick("📝 *Placement test* — 12 short questions that get harder when you're right and easier when you're not, "
                        + "then one sentence of your own. It takes about five minutes; /test stop ends it.",
                "📝 *Einstufungstest* — 12 kurze Fragen: nach einer richtigen Antwort wird es schwerer, sonst leichter; "
                        + "zum Schluss ein eigener Satz. Dauert etwa fünf Minuten; /test stop beendet ihn.");
    }

    String question(PlacementItem item, int number, int of, ExplanationLanguage l) {
        String how = switch (item.kind()) {
            case CLOZE -> l.pick("Fill the gap:", "Füll die Lücke:");
            case VOCABULARY -> l.pick("Choose:", "Wähle:");
            case WORD_ORDER -> l.pick("Put the words in order and type the sentence:", "Bring die Wörter in die richtige Reihenfolge und tipp den Satz:");
            case FREE -> l.pick("Last one — write one sentence (at least " + item.minimumWords() + " words):",
                    "Zum Schluss – schreib einen Satz (mindestens " + item.minimumWords() + " Wörter):");
        };
        return "*" + number + "/" + of + "* · " + how + "\n" + item.prompt();
    }

    String resuming(int answered, ExplanationLanguage l) {
        return l.pick("You have a placement test in progress (" + answered + " answered). Here is where you stopped:",
                "Du hast einen Einstufungstest angefangen (" + answered + " beantwortet). Hier geht es weiter:");
    }

    String staleButton(ExplanationLanguage l) {
        return l.pick("That question is already answered — nothing changed. /test continues or starts a test.",
                "Diese Frage ist schon beantwortet – nichts geändert. /test setzt fort oder beginnt einen Test.");
    }

    String pickAnOption(ExplanationLanguage l) {
        return l.pick("Tap one of the answers (or type it exactly). /test stop ends the test.",
                "Tipp auf eine der Antworten (oder schreib sie genau so). /test stop beendet den Test.");
    }

    String sentenceUnchecked(ExplanationLanguage l) {
        return l.pick("I can't check sentences right now, so your sentence doesn't count either way.",
                "Ich kann Sätze gerade nicht prüfen, darum zählt dein Satz nicht.");
    }

    String sentenceFeedback(boolean right, int words, int minimum, int mistakes, ExplanationLanguage l) {
        if (right) {
            return l.pick("✅ No mistakes found.", "✅ Keine Fehler gefunden.");
        }
        if (words < minimum) {
            return l.pick("❌ That's " + words + " words; it needed at least " + minimum + ".",
                    "❌ Das sind " + words + " Wörter; nötig waren mindestens " + minimum + ".");
        }
        return l.pick("❌ The grammar check found " + mistakes + " mistake(s).", "❌ Die Grammatikprüfung fand " + mistakes + " Fehler.");
    }

    /** The level and, in two lines, why. */
    String result(PlacementResult r, ExplanationLanguage l) {
        String sentence = r.freeSentence().map(ok -> ok ? l.pick("; your sentence had no mistakes", "; dein Satz war fehlerfrei")
                : l.pick("; your sentence did not pass", "; dein Satz hat nicht gereicht")).orElse("");
        String why = r.askedAtLevel() == 0
                ? l.pick("No level had 2 right answers, so we start at the beginning" + sentence + ".",
                        "Auf keinem Niveau gab es 2 richtige Antworten, also fangen wir vorne an" + sentence + ".")
                : l.pick(r.level() + " is the highest level where you got most answers right (" + r.rightAtLevel() + " of "
                                + r.askedAtLevel() + ")" + sentence + ".",
                        r.level() + " ist das höchste Niveau, auf dem du die meisten Antworten richtig hattest (" + r.rightAtLevel()
                                + " von " + r.askedAtLevel() + ")" + sentence + ".");
        return l.pick("🎯 Your level: *" + r.level() + "*. I'll talk to you at this level (/level changes it).",
                "🎯 Dein Niveau: *" + r.level() + "*. Ich spreche jetzt auf diesem Niveau mit dir (/level ändert es).")
                + "\n" + l.pick("Right answers by level: ", "Richtige Antworten je Niveau: ") + r.byLevel()
                + "\n" + why;
    }

    String stopped(boolean running, String level, ExplanationLanguage l) {
        return running ? l.pick("Test stopped; your level stays " + level + ". /test starts a new one.",
                        "Test beendet; dein Niveau bleibt " + level + ". /test beginnt einen neuen.")
                : l.pick("No test is running. /test starts one.", "Es läuft kein Test. /test beginnt einen.");
    }
}
