package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.tutor.PlacementLesson;
import java.util.Locale;

/**
 * {@code /test}: the placement test. {@code /test} starts one (or shows where a running one stopped),
 * {@code /test new} starts over, {@code /test stop} ends it; the answer buttons send
 * {@code /test answer <item> <option>}.
 */
public final class TestCommand implements Command {

    private final PlacementLesson placement;

    public TestCommand(PlacementLesson placement) {
        this.placement = placement;
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String usage() {
        return "/test [new|stop]";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("placement test: find your level", "Einstufungstest: finde dein Niveau");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        LearnerProfile learner = call.profile();
        String[] words = call.arguments().split("\\s+");
        String action = words[0].toLowerCase(Locale.ROOT);
        switch (action) {
            case "", "start", "continue" -> {
                return learner.mode() instanceof TutorMode.Placement
                        ? placement.resume(learner, call.turn().sink()) : placement.start(learner, call.turn().sink());
            }
            case "new", "restart" -> {
                return placement.start(learner, call.turn().sink());
            }
            case "stop", "end", "cancel" -> {
                return placement.stop(learner, call.turn().sink());
            }
            case "answer" -> {
                if (words.length == 3 && words[2].matches("\\d{1,2}")) {
                    return placement.choose(learner, words[1], Integer.parseInt(words[2]), call.turn().sink());
                }
                call.reply(call.language().pick("That answer button looks broken. /test shows the question again.",
                        "Dieser Antwortknopf ist kaputt. /test zeigt die Frage noch einmal."));
                return learner;
            }
            default -> {
                call.reply(call.language().pick("Use /test to start the placement test, /test new to start over, /test stop to end it.",
                        "Mit /test beginnst du den Einstufungstest, mit /test new von vorn, mit /test stop beendest du ihn."));
                return learner;
            }
        }
    }
}
