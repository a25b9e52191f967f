package de.sprechstunde.core.reminder;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.Reply;
import java.util.List;
import java.util.Optional;

/** What a reminder says, in English and German, with its one-tap button. */
final class ReminderTexts {

    /** The button's command: the review session (the cards feature's {@code /review}). */
    static final String START_REVIEW = "/review";

    List<Reply> reminder(int dueCards, int streakAtRisk, Optional<WeeklySummary> weekly, ExplanationLanguage l) {
        StringBuilder text = new StringBuilder(l.pick("⏰ *Time for German!*", "⏰ *Zeit für Deutsch!*"));
        if (dueCards > 0) {
            text.append('\n').append(l.pick(dueCards == 1 ? "1 card is due for review." : dueCards + " cards are due for review.",
                    dueCards == 1 ? "1 Karte ist zur Wiederholung fällig." : dueCards + " Karten sind zur Wiederholung fällig."));
        }
        if (streakAtRisk > 0) {
            text.append('\n').append(l.pick("Keep your " + streakAtRisk + "-day streak: practise today.",
                    "Halte deine Serie von " + streakAtRisk + " Tagen: üb heute."));
        }
        weekly.ifPresent(week -> text.append('\n').append(week.describe(l)));
        text.append('\n').append(l.pick("/remind off stops these reminders.", "/remind off stellt die Erinnerungen ab."));
        return List.of(Reply.Text.withChoices(text.toString(),
                List.of(new Choice(l.pick("▶️ Start review", "▶️ Wiederholung starten"), START_REVIEW))));
    }
}
