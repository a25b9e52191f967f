package de.sprechstunde.core.learning;

import de.sprechstunde.core.learner.ExplanationLanguage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** What the review session says, in English or German. */
final class ReviewTexts {

    /** How a gap is shown: full-width low lines, which no platform's markdown reads as italics. */
    private static final String SHOWN_GAP = "＿＿＿";

    private final ExplanationLanguage language;

    ReviewTexts(ExplanationLanguage language) {
        this.language = language;
    }

    String question(Card card, int number, int total) {
        String task = switch (card.kind()) {
            case CLOZE, PHRASE -> language.pick("Fill the gap: ", "Ergänze die Lücke: ") + "„" + gap(card.prompt()) + "“";
            case NOUN -> language.pick("Article and plural of *", "Artikel und Plural von *") + card.prompt() + "*";
            case VERB -> language.pick("Perfect tense (haben/sein + participle) of *", "Perfekt (haben/sein + Partizip) von *")
                    + card.prompt() + "*";
            case WORD -> language.pick("Which word did you add? ", "Welches Wort hast du hinzugefügt? ") + card.prompt();
        };
        return "🗂 " + language.pick("Card ", "Karte ") + number + language.pick(" of ", " von ") + total + "\n" + task + "\n"
                + language.pick("_Type your answer — /review stop ends the session._",
                "_Schreib deine Antwort – /review stop beendet die Runde._");
    }

    String verdict(Card card, Rating suggested) {
        String head = switch (suggested) {
            case AGAIN -> language.pick("❌ Not quite.", "❌ Leider nicht.");
            case HARD -> language.pick("🟡 Almost.", "🟡 Fast.");
            case GOOD, EASY -> language.pick("✅ Right!", "✅ Richtig!");
        };
        String source = card.source().isBlank() ? "" : "\n„" + card.source() + "“";
        return head + " " + language.pick("Answer: *", "Lösung: *") + card.answer() + "*" + source + "\n"
                + language.pick("How well did you know it?", "Wie gut wusstest du es?");
    }

    String label(Rating rating, boolean suggested) {
        return (suggested ? "✓ " : "") + language.pick(rating.english(), rating.german());
    }

    String unreadable() {
        return language.pick("I need the answer in words — emoji alone don't count. Try again, or /review stop.",
                "Ich brauche die Antwort in Worten – Emoji allein zählen nicht. Versuch es noch einmal, oder /review stop.");
    }

    String pressAButton() {
        return language.pick("Rate the card first — tap a button or type again, hard, good or easy.",
                "Bewerte die Karte zuerst – tipp auf einen Knopf oder schreib nochmal, schwer, gut oder leicht.");
    }

    String rated(Schedule next, Instant now) {
        return language.pick("Saved — next time ", "Gespeichert – wieder dran ") + when(next.due(), now) + ".";
    }

    String alreadyRated() {
        return language.pick("That card is already rated — nothing changed.", "Diese Karte ist schon bewertet – nichts geändert.");
    }

    String gone() {
        return language.pick("That card no longer exists.", "Diese Karte gibt es nicht mehr.");
    }

    String unavailable() {
        return language.pick("I can't reach your cards right now — please try again in a minute.",
                "Ich komme gerade nicht an deine Karten – versuch es bitte in einer Minute noch einmal.");
    }

    String noCards() {
        return language.pick("You have no cards yet. I make them from your corrections, and you can add your own: /add <word or sentence>.",
                "Du hast noch keine Karten. Ich mache sie aus deinen Korrekturen, und du kannst eigene anlegen: /add <Wort oder Satz>.");
    }

    String nothingDue(Instant next, Instant now) {
        return language.pick("Nothing is due right now. Your next card is due ", "Gerade ist nichts fällig. Deine nächste Karte ist ")
                + when(next, now) + language.pick(".", " dran.");
    }

    String finished(int right, int done, int stillDue, Optional<Instant> next, Instant now) {
        StringBuilder text = new StringBuilder("🏁 ").append(language.pick("Session done: ", "Runde fertig: "))
                .append(right).append(language.pick(" of ", " von ")).append(done).append(language.pick(" right.", " richtig."));
        if (stillDue > 0) {
            text.append(' ').append(language.pick(stillDue + " more cards are due — /review for another round.",
                    "Noch " + stillDue + " Karten sind fällig – /review für eine weitere Runde."));
        } else {
            next.ifPresent(due -> text.append(' ').append(language.pick("Next cards are due ", "Die nächsten Karten sind "))
                    .append(when(due, now)).append(language.pick(".", " fällig.")));
        }
        return text.toString();
    }

    String stopped(int right, int done) {
        return language.pick("Review stopped: " + right + " of " + done + " right.",
                "Wiederholung beendet: " + right + " von " + done + " richtig.");
    }

    /** "tomorrow (2026-11-28)", "in 3 days (2026-11-30)"; days count from now, dates are UTC. */
    String when(Instant due, Instant now) {
        long days = Math.max(0, (Duration.between(now, due).toHours() + 23) / 24);
        String date = LocalDate.ofInstant(due, ZoneOffset.UTC).toString();
        if (days == 0) {
            return language.pick("today", "heute");
        }
        if (days == 1) {
            return language.pick("tomorrow (", "morgen (") + date + ")";
        }
        return language.pick("in " + days + " days (", "in " + days + " Tagen (") + date + ")";
    }

    static String gap(String prompt) {
        return prompt.replace("___", SHOWN_GAP);
    }
}
