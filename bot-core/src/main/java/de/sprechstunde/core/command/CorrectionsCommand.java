package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.CorrectionLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.message.Choice;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code /corrections <off|light|full>}: how much the tutor corrects. */
public final class CorrectionsCommand implements Command {

    @Override
    public String name() {
        return "corrections";
    }

    @Override
    public String usage() {
        return "/corrections <off|light|full>";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("how much I correct", "wie viel ich korrigiere");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        LearnerProfile learner = call.profile();
        List<Choice> choices = Arrays.stream(CorrectionLevel.values())
                .map(l -> new Choice(l.key(), "/corrections " + l.key())).toList();
        Optional<CorrectionLevel> level = CorrectionLevel.parse(call.arguments());
        if (level.isEmpty()) {
            call.reply(call.language().pick("Corrections are *" + learner.corrections().key() + "*. Choose: off (none), light (the main mistake), full (every mistake, explained).",
                    "Korrekturen: *" + learner.corrections().key() + "*. Wähle: off (keine), light (der wichtigste Fehler), full (alle Fehler mit Erklärung)."), choices);
            return learner;
        }
        call.reply(call.language().pick("Corrections: *" + level.get().key() + "*.", "Korrekturen: *" + level.get().key() + "*."));
        return learner.withCorrections(level.get());
    }
}
