package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.message.Choice;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** {@code /voice <on|off>}: whether answers also come as voice messages. */
public final class VoiceCommand implements Command {

    private final BooleanSupplier voiceAvailable;

    /** @param voiceAvailable whether a voice (Piper or espeak-ng) is configured */
    public VoiceCommand(BooleanSupplier voiceAvailable) {
        this.voiceAvailable = voiceAvailable;
    }

    @Override
    public String name() {
        return "voice";
    }

    @Override
    public String usage() {
        return "/voice <on|off>";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("answers as voice messages too", "Antworten auch als Sprachnachricht");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        LearnerProfile learner = call.profile();
        String argument = call.arguments().toLowerCase(Locale.ROOT);
        List<Choice> choices = List.of(new Choice("🔊 on", "/voice on"), new Choice("🔇 off", "/voice off"));
        switch (argument) {
            case "on", "an", "ein" -> {
                String note = voiceAvailable.getAsBoolean() ? "" : call.language().pick(
                        " (Note: no voice is set up on this bot yet, so for now I can only write.)",
                        " (Hinweis: Auf diesem Bot ist noch keine Stimme eingerichtet, ich kann vorerst nur schreiben.)");
                call.reply(call.language().pick("🔊 Voice replies are on." + note, "🔊 Sprachantworten sind an." + note));
                return learner.withVoiceReplies(true);
            }
            case "off", "aus" -> {
                call.reply(call.language().pick("🔇 Voice replies are off.", "🔇 Sprachantworten sind aus."));
                return learner.withVoiceReplies(false);
            }
            default -> {
                String state = learner.voiceReplies() ? "on" : "off";
                call.reply(call.language().pick("Voice replies are " + state + ". Use /voice on or /voice off.",
                        "Sprachantworten sind " + (learner.voiceReplies() ? "an" : "aus") + ". Nutze /voice on oder /voice off."), choices);
                return learner;
            }
        }
    }
}
