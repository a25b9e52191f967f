package de.sprechstunde.discord.commands;

import de.sprechstunde.core.command.Command;
import de.sprechstunde.core.command.CommandRegistry;
import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The slash commands Discord shows: every command of the core, with options that fill in its
 * arguments, plus the Discord-only {@code /practice}. Admin commands are hidden from members
 * without "Administrator" by default (server admins can change that per role); the core still
 * checks {@code ADMIN_IDS} for every call.
 */
public final class SlashCommandCatalog {

    public static final String PRACTICE = "practice";
    private static final int DESCRIPTION_LIMIT = 100;

    private final CommandRegistry commands;
    private final Map<String, List<SlashOption>> options = new LinkedHashMap<>();

    public SlashCommandCatalog(CommandRegistry commands) {
        this.commands = commands;
        options.put("level", List.of(SlashOption.choice("level", "your CEFR level",
                Arrays.stream(CefrLevel.values()).map(Enum::name).toArray(String[]::new))));
        options.put("mode", List.of(SlashOption.choice("mode", "what to practise", "conversation", "scenario", "drill"),
                SlashOption.free("scenario", "which role-play, e.g. bäckerei")));
        options.put("voice", List.of(SlashOption.choice("voice", "voice replies on or off", "on", "off")));
        options.put("corrections", List.of(SlashOption.choice("corrections", "how much I correct", "off", "light", "full")));
        options.put("language", List.of(SlashOption.choice("language", "language of explanations", "en", "de")));
        options.put("test", List.of(SlashOption.choice("action", "start over or stop a test in progress", "new", "stop")));
        options.put("remind", List.of(SlashOption.free("time", "daily at HH:MM (24 h, your time zone), or off")));
        options.put("timezone", List.of(SlashOption.free("zone", "IANA name, e.g. Europe/Berlin")));
        options.put("forget", List.of(new SlashOption("confirm", "really delete everything?", Map.of("yes, delete everything", "confirm"))));
    }

    /** Everything to register with Discord at start. */
    public List<SlashCommandData> commandData() {
        List<SlashCommandData> data = new ArrayList<>();
        for (Command command : commands.all()) {
            if (!command.listed()) {
                continue; // sent by buttons only
            }
            SlashCommandData slash = Commands.slash(command.name(), describe(command.summary(ExplanationLanguage.ENGLISH)))
                    .setDescriptionLocalization(DiscordLocale.GERMAN, describe(command.summary(ExplanationLanguage.GERMAN)))
                    .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
            for (SlashOption option : optionsOf(command)) {
                OptionData optionData = new OptionData(OptionType.STRING, option.name(), option.description(), false);
                option.choices().forEach(optionData::addChoice);
                slash.addOptions(optionData);
            }
            if (command.adminOnly()) {
                slash.setDefaultPermissions(DefaultMemberPermissions.DISABLED);
            }
            data.add(slash);
        }
        data.add(Commands.slash(PRACTICE, "open a thread where I answer all your messages")
                .setDescriptionLocalization(DiscordLocale.GERMAN, "einen Thread öffnen, in dem ich dir immer antworte")
                .setContexts(InteractionContextType.GUILD));
        return data;
    }

    /**
     * The core's command text for a slash command call, e.g. {@code /mode scenario bäckerei}: the
     * options' values in their declared order, whatever order the learner filled them in.
     */
    public String commandText(String name, Function<String, Optional<String>> optionValue) {
        StringBuilder text = new StringBuilder("/").append(name);
        List<SlashOption> declared = commands.find(name).map(this::optionsOf).orElse(List.of());
        for (SlashOption option : declared) {
            optionValue.apply(option.name()).map(String::strip).filter(v -> !v.isEmpty())
                    .ifPresent(value -> text.append(' ').append(value));
        }
        return text.toString();
    }

    /** Whether the named core command is admin-only (its answers are ephemeral). */
    public boolean adminOnly(String name) {
        return commands.find(name).map(Command::adminOnly).orElse(false);
    }

    private List<SlashOption> optionsOf(Command command) {
        List<SlashOption> known = options.get(command.name());
        if (known != null) {
            return known;
        }
        // a command the core added later: still reachable, with its arguments as free text
        return command.usage().contains("<") ? List.of(SlashOption.free("arguments", describe(command.usage()))) : List.of();
    }

    private static String describe(String text) {
        String trimmed = text.isBlank() ? "-" : text.strip();
        return trimmed.length() <= DESCRIPTION_LIMIT ? trimmed : trimmed.substring(0, DESCRIPTION_LIMIT - 1) + "…";
    }
}
