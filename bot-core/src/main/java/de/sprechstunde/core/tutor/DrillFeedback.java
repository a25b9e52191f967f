package de.sprechstunde.core.tutor;

import de.sprechstunde.core.drill.DrillPhrase;
import de.sprechstunde.core.drill.PronunciationScore;
import de.sprechstunde.core.drill.Sound;
import de.sprechstunde.core.drill.SoundSpotter;
import de.sprechstunde.core.drill.WordScore;
import de.sprechstunde.core.learner.ExplanationLanguage;
import java.util.Set;
import java.util.stream.Collectors;

/** The drill's texts: presenting a phrase and describing a scored attempt word by word. */
public final class DrillFeedback {

    /** From this score on an attempt counts as well pronounced. */
    public static final int PASS_SCORE = 80;

    /** Why a phrase is shown. */
    public enum Presentation {
        /** The drill starts with it. */
        FIRST,
        /** The learner moves on to it. */
        NEXT,
        /** The learner tries the same phrase again. */
        AGAIN
    }

    public String present(DrillPhrase phrase, ExplanationLanguage language, Presentation presentation, boolean withVoice) {
        boolean german = language == ExplanationLanguage.GERMAN;
        String intro = switch (presentation) {
            case FIRST -> german ? "🗣️ Aussprachetraining! Sprich diesen Satz als Sprachnachricht:"
                    : "🗣️ Pronunciation practice! Say this phrase in a voice note:";
            case NEXT -> german ? "🗣️ Nächster Satz:" : "🗣️ Next phrase:";
            case AGAIN -> german ? "🔁 Versuch es noch einmal:" : "🔁 Try this one again:";
        };
        return intro + "\n\n*" + phrase.text() + "*\n_(" + phrase.english() + ")_\n"
                + (german ? "Trainiert: " : "Trains: ") + labels(phrase.sounds())
                + (withVoice ? (german ? "\nHör dir zuerst meine Aussprache an." : "\nListen to how I say it first.") : "")
                + (german ? "\n„weiter“ überspringt den Satz, /mode conversation beendet das Training."
                          : "\nType \"skip\" for another phrase, /mode conversation to stop.");
    }

    public String askForVoice(DrillPhrase phrase, ExplanationLanguage language) {
        return language == ExplanationLanguage.GERMAN
                ? "In diesem Training brauche ich eine Sprachnachricht 🎤. Sag bitte: *" + phrase.text() + "* (oder „weiter“ für einen anderen Satz)."
                : "In this drill I need a voice note 🎤. Please say: *" + phrase.text() + "* (or type \"skip\" for another phrase).";
    }

    public String describe(DrillPhrase phrase, PronunciationScore score, ExplanationLanguage language) {
        boolean german = language == ExplanationLanguage.GERMAN;
        StringBuilder text = new StringBuilder();
        text.append(score.overall() >= 90 && score.wordsToRetry().isEmpty() ? "🌟 " : score.overall() >= PASS_SCORE ? "👍 " : "💪 ")
                .append(german ? "Punkte: " : "Score: ").append(score.overall()).append("/100")
                .append(german ? " (Genauigkeit " : " (accuracy ").append(score.accuracy())
                .append(german ? ", Vollständigkeit " : ", completeness ").append(score.completeness())
                .append(german ? ", Flüssigkeit " : ", fluency ")
                .append(score.fluency().isPresent() ? String.valueOf(score.fluency().getAsInt()) : "–").append(")\n");
        text.append(score.words().stream().map(DrillFeedback::mark).collect(Collectors.joining(" ")));
        if (!score.wordsToRetry().isEmpty()) {
            text.append('\n').append(german ? "Übe noch einmal: " : "Practise again: ")
                    .append(score.retries().stream()
                            .map(word -> withSounds(word, phrase.sounds()))
                            .distinct()
                            .collect(Collectors.joining(", ")));
        } else if (score.overall() >= PASS_SCORE) {
            text.append('\n').append(german ? "Sehr gut ausgesprochen!" : "Well pronounced!");
        }
        return text.toString();
    }

    private static String withSounds(WordScore word, Set<Sound> phraseSounds) {
        Set<Sound> sounds = SoundSpotter.struggledIn(word, phraseSounds);
        return sounds.isEmpty() ? "*" + word.target() + "*" : "*" + word.target() + "* (" + labels(sounds) + ")";
    }

    private static String labels(Set<Sound> sounds) {
        return sounds.stream().map(Sound::label).sorted().collect(Collectors.joining(", "));
    }

    private static String mark(WordScore word) {
        return switch (word.status()) {
            case CORRECT -> (word.score() >= PronunciationScore.UNSURE_BELOW ? "✅" : "🟡") + word.target();
            case MISPRONOUNCED -> "❌" + word.target() + " (" + word.heard() + ")";
            case MISSED -> "⬜" + word.target();
            case EXTRA -> "➕" + word.heard();
        };
    }
}
