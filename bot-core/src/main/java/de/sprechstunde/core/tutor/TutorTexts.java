package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.ExplanationLanguage;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The fixed things the tutor says outside the model's answers, in the learner's explanation
 * language. Kept in one place so they stay short, kind and consistent.
 */
public final class TutorTexts {

    private final ExplanationLanguage language;

    public TutorTexts(ExplanationLanguage language) {
        this.language = language;
    }

    private String pick(String english, String german) {
        return language.pick(english, german);
    }

    public String rateLimited(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return pick("You're writing faster than I can think! 😅 Please wait " + seconds
                        + " s, then send your next message. (Messages until then are skipped.)",
                "Du schreibst schneller, als ich denken kann! 😅 Bitte warte " + seconds
                        + " Sekunden und schick dann deine nächste Nachricht. (Bis dahin überspringe ich Nachrichten.)");
    }

    public String emptyText() {
        return pick("I got an empty message. Write me something in German — or /help to see what I can do.",
                "Deine Nachricht war leer. Schreib mir etwas auf Deutsch – oder /help für eine Übersicht.");
    }

    public String textTooLong(int length, int max) {
        return pick("That's a long text (" + length + " characters). Please send at most " + max
                        + " characters at a time, so I can correct it carefully.",
                "Das ist ein langer Text (" + length + " Zeichen). Bitte schick höchstens " + max
                        + " Zeichen auf einmal, damit ich ihn gründlich korrigieren kann.");
    }

    public String unsupported(String kind) {
        return pick("I can't use a " + kind + " — please send text or a voice note. 🙂",
                "Mit einem " + kind + " kann ich leider nichts anfangen – schick mir bitte Text oder eine Sprachnachricht. 🙂");
    }

    public String voiceTooLong(Duration duration, Duration max) {
        return pick("Your voice note is " + duration.toSeconds() + " s long; I can listen to at most "
                        + max.toSeconds() + " s. Please send a shorter one.",
                "Deine Sprachnachricht ist " + duration.toSeconds() + " s lang; ich kann höchstens "
                        + max.toSeconds() + " s anhören. Schick bitte eine kürzere.");
    }

    /**
     * @param sizeBytes the real size, when known
     * @param maxBytes  the largest file accepted
     * @param maxLength the longest note accepted, so the learner knows what will work
     */
    public String voiceTooLarge(OptionalLong sizeBytes, long maxBytes, Duration maxLength) {
        String size = sizeBytes.isPresent() ? megabytes(sizeBytes.getAsLong()) + " MB" : "";
        return pick("That audio file is too large for me" + (size.isEmpty() ? "" : " (" + size + ")") + ": I can take at most "
                        + megabytes(maxBytes) + " MB, a voice note of up to " + maxLength.toSeconds() + " s. Please send a shorter one.",
                "Die Audiodatei ist zu groß für mich" + (size.isEmpty() ? "" : " (" + size + ")") + ": ich nehme höchstens "
                        + megabytes(maxBytes) + " MB, eine Sprachnachricht von bis zu " + maxLength.toSeconds() + " s. Schick bitte eine kürzere.");
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 ? String.valueOf(Math.round(mb)) : String.format(Locale.ROOT, "%.1f", mb);
    }

    public String voiceNotSetUp() {
        return pick("I can't hear voice notes here — voice is not set up on this bot. Please type your message. ✍️",
                "Ich kann hier keine Sprachnachrichten hören – Sprache ist auf diesem Bot nicht eingerichtet. Bitte tipp deine Nachricht. ✍️");
    }

    public String voiceUnavailable() {
        return pick("I can't hear voice notes right now (speech recognition is down). Please type, or try again later.",
                "Ich kann gerade keine Sprachnachrichten hören (die Spracherkennung ist nicht erreichbar). Bitte tipp, oder versuch es später.");
    }

    public String voiceDownloadFailed() {
        return pick("I couldn't fetch your voice note from the chat. Could you send it again?",
                "Ich konnte deine Sprachnachricht nicht abrufen. Schickst du sie bitte noch einmal?");
    }

    public String voiceCorrupt() {
        return pick("I couldn't play that audio — the file seems damaged. Could you record it again?",
                "Ich konnte die Aufnahme nicht abspielen – die Datei scheint beschädigt zu sein. Nimmst du sie noch einmal auf?");
    }

    public String voiceSilent() {
        return pick("I couldn't hear any words in that voice note. Try again a bit closer to the microphone?",
                "Ich konnte in der Sprachnachricht keine Wörter verstehen. Versuch es noch einmal, etwas näher am Mikrofon?");
    }

    public String transcript(String text) {
        return "🎤 _" + text + "_";
    }

    public String tutorOffline() {
        return pick("Sorry — the tutor's language model is offline right now, so I can't answer that. "
                        + "Commands like /level, /mode and /help still work. Please try again in a minute.",
                "Entschuldigung – das Sprachmodell des Tutors ist gerade offline, deshalb kann ich darauf nicht antworten. "
                        + "Befehle wie /level, /mode und /help funktionieren weiter. Versuch es bitte in einer Minute noch einmal.");
    }

    /** Sent once to a learner whose turn waits for the models to load. */
    public String warmingUp() {
        return pick("The tutor is warming up — one moment, your answer is on its way.",
                "Der Tutor wärmt sich gerade auf – einen Moment, deine Antwort kommt gleich.");
    }

    public String tutorSlow() {
        return pick("Sorry — the tutor took too long to think this time. Please send your message again.",
                "Entschuldigung – der Tutor hat diesmal zu lange nachgedacht. Schick deine Nachricht bitte noch einmal.");
    }

    public String tutorFailed() {
        return pick("Sorry — something went wrong while I was answering. Please try again.",
                "Entschuldigung – beim Antworten ist etwas schiefgegangen. Versuch es bitte noch einmal.");
    }

    public String busy() {
        return pick("I'm very busy right now — please send that again in a minute.",
                "Ich bin gerade sehr beschäftigt – schick das bitte in einer Minute noch einmal.");
    }

    /** Replaces a model answer that repeated the tutor's instructions; it accuses nobody: the learner may not have asked for it. */
    public String stayInRole() {
        return pick("I'm your German tutor, so let's keep practising! Tell me about your day — auf Deutsch!",
                "Ich bin dein Deutschtutor – lass uns weiterüben! Erzähl mir von deinem Tag!");
    }

    public String voiceReplyFailed() {
        return pick("(I couldn't record a voice reply this time.)", "(Diesmal konnte ich keine Sprachantwort aufnehmen.)");
    }
}
