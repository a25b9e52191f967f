package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.tutor.LearnerEraser;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /forget}: deletes everything stored about the learner, after an explicit confirmation
 * ({@code /forget confirm}), and says what was deleted.
 */
public final class ForgetCommand implements Command {

    private static final Set<String> CONFIRMATIONS = Set.of("confirm", "yes", "ja", "bestätigen", "bestaetigen");

    private final LearnerEraser eraser;

    public ForgetCommand(LearnerEraser eraser) {
        this.eraser = eraser;
    }

    @Override
    public String name() {
        return "forget";
    }

    @Override
    public String usage() {
        return "/forget";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("delete all your data", "alle deine Daten löschen");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        if (!CONFIRMATIONS.contains(call.arguments().toLowerCase(Locale.ROOT))) {
            call.reply(call.language().pick(
                    "⚠️ This deletes everything I know about you: profile and settings, conversation history and progress. "
                            + "It cannot be undone. To go ahead, send /forget confirm",
                    "⚠️ Damit lösche ich alles, was ich über dich weiß: Profil und Einstellungen, Gesprächsverlauf und Fortschritt. "
                            + "Das lässt sich nicht rückgängig machen. Wenn du sicher bist, schick /forget confirm"),
                    List.of(new Choice(call.language().pick("Yes, delete everything", "Ja, alles löschen"), "/forget confirm")));
            return call.profile();
        }
        LearnerEraser.Erased erased = eraser.erase(call.profile().id());
        call.reply(call.language().pick(
                "🗑️ Done. I deleted your profile" + (erased.profile() ? "" : " (there was none)") + ", " + erased.turns()
                        + " conversation turns and " + erased.progressRecords() + " progress records"
                        + (erased.other().isEmpty() ? "" : ", " + erased.other()) + ". If you write again, we start from scratch.",
                "🗑️ Erledigt. Gelöscht: dein Profil" + (erased.profile() ? "" : " (es gab keins)") + ", " + erased.turns()
                        + " Gesprächsbeiträge und " + erased.progressRecords() + " Fortschrittseinträge"
                        + (erased.other().isEmpty() ? "" : ", " + erased.other()) + ". Wenn du wieder schreibst, fangen wir von vorn an."));
        // unchanged profile: the pipeline saves only changed profiles, so nothing is written back
        return call.profile();
    }
}
