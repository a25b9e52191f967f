package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.scenario.Scenario;
import de.sprechstunde.core.scenario.ScenarioCatalog;
import de.sprechstunde.core.tutor.DrillLesson;
import de.sprechstunde.core.tutor.ScenarioLesson;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code /mode <conversation|scenario <name>|drill>}: what to practise. */
public final class ModeCommand implements Command {

    private final ScenarioCatalog scenarios;
    private final ScenarioLesson scenarioLesson;
    private final DrillLesson drillLesson;

    public ModeCommand(ScenarioCatalog scenarios, ScenarioLesson scenarioLesson, DrillLesson drillLesson) {
        this.scenarios = scenarios;
        this.scenarioLesson = scenarioLesson;
        this.drillLesson = drillLesson;
    }

    @Override
    public String name() {
        return "mode";
    }

    @Override
    public String usage() {
        return "/mode <conversation|scenario <name>|drill>";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("conversation, role-play or pronunciation drill", "Gespräch, Rollenspiel oder Aussprachetraining");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        String[] parts = call.arguments().split("\\s+", 2);
        String mode = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1] : "";
        return switch (mode) {
            case "conversation", "gespraech", "gespräch", "chat" -> {
                call.reply(call.language().pick("💬 Free conversation. Write me anything in German!",
                        "💬 Freies Gespräch. Schreib mir, was du willst – auf Deutsch!"));
                yield call.profile().withMode(TutorMode.conversation());
            }
            case "scenario", "szenario", "rollenspiel", "roleplay" -> scenario(call, rest);
            case "drill", "aussprache", "pronunciation" -> drillLesson.start(call.profile(), call.turn().sink());
            default -> {
                call.reply(call.language().pick("You're in *" + call.profile().mode().key() + "* mode. Choose:",
                        "Du bist im Modus *" + call.profile().mode().key() + "*. Wähle:"), List.of(
                        new Choice("💬 conversation", "/mode conversation"),
                        new Choice("🎭 scenario", "/mode scenario"),
                        new Choice("🗣️ drill", "/mode drill")));
                yield call.profile();
            }
        };
    }

    private LearnerProfile scenario(CommandCall call, String name) {
        Optional<Scenario> scenario = scenarios.find(name);
        if (scenario.isEmpty()) {
            String intro = name.isBlank()
                    ? call.language().pick("Which role-play? Choose one:", "Welches Rollenspiel? Wähle eins:")
                    : call.language().pick("I don't know the role-play \"" + LevelCommand.shorten(name) + "\". Choose one:",
                            "Das Rollenspiel „" + LevelCommand.shorten(name) + "“ kenne ich nicht. Wähle eins:");
            StringBuilder list = new StringBuilder(intro);
            for (Scenario s : scenarios.all()) {
                list.append("\n• ").append(s.title()).append(" — /mode scenario ").append(s.id());
            }
            call.reply(list.toString(), scenarios.all().stream()
                    .map(s -> new Choice(s.title(), "/mode scenario " + s.id())).toList());
            return call.profile();
        }
        return scenarioLesson.start(call.profile(), scenario.get(), call.turn().sink(), call.turn().texts());
    }
}
