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
        String intro = switch (presentation) {
            case FIRST -> language.pick("🗣️ Pronunciation practice! Say this phrase in a voice note:",
                    "🗣️ Aussprachetraining! Sprich diesen Satz als Sprachnachricht:");
            case NEXT -> language.pick("🗣️ Next phrase:", "🗣️ Nächster Satz:");
            case AGAIN -> language.pick("🔁 Try this one again:", "🔁 Versuch es noch einmal:");
        };
        return intro + "\n\n*" + phrase.text() + "*\n_(" + phrase.english() + ")_\n"
                + language.pick("Trains: ", "Trainiert: ") + labels(phrase.sounds())
                + (withVoice ? language.pick("\nListen to how I say it first.", "\nHör dir zuerst meine Aussprache an.") : "")
                + language.pick("\nType \"skip\" for another phrase, /mode conversation to stop.",
                        "\n„weiter“ überspringt den Satz, /mode conversation beendet das Training.");
    }

    public String askForVoice(DrillPhrase phrase, ExplanationLanguage language) {
        return language.pick(
                "In this drill I need a voice note 🎤. Please say: *" + phrase.text() + "* (or type \"skip\" for another phrase).",
                "In diesem Training brauche ich eine Sprachnachricht 🎤. Sag bitte: *" + phrase.text() + "* (oder „weiter“ für einen anderen Satz).");
    }

    public String describe(DrillPhrase phrase, PronunciationScore score, ExplanationLanguage language) {
        StringBuilder text = new StringBuilder();
        text.append(score.overall() >= 90 && score.wordsToRetry().isEmpty() ? "🌟 " : score.overall() >= PASS_SCORE ? "👍 " : "💪 ")
                .append(language.pick("Score: ", "Punkte: ")).append(score.overall()).append("/100")
                .append(language.pick(" (accuracy ", " (Genauigkeit ")).append(score.accuracy())
                .append(language.pick(", completeness ", ", Vollständigkeit ")).append(score.completeness())
                .append(language.pick(", fluency ", ", Flüssigkeit "))
                .append(score.fluency().isPresent() ? String.valueOf(score.fluency().getAsInt()) : "–").append(")\n");
        text.append(score.words().stream().map(DrillFeedback::mark).collect(Collectors.joining(" ")));
        if (!score.wordsToRetry().isEmpty()) {
            text.append('\n').append(language.pick("Practise again: ", "Übe noch einmal: "))
                    .append(score.retries().stream()
                            .map(word -> withSounds(word, phrase.sounds()))
                            .distinct()
                            .collect(Collectors.joining(", ")));
        } else if (score.overall() >= PASS_SCORE) {
            text.append('\n').append(language.pick("Well pronounced!", "Sehr gut ausgesprochen!"));
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
