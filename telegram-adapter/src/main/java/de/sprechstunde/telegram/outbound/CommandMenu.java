package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.command.Command;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.telegram.api.ApiResult;
import de.sprechstunde.telegram.api.BotApi;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * Publishes the command menu with {@code setMyCommands}: learner commands for everyone, all
 * commands in each admin's private chat, in English and (for German Telegram apps) in German.
 */
public final class CommandMenu {

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);
    private static final Pattern TELEGRAM_COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final int DESCRIPTION_LIMIT = 256;

    private final BotApi api;

    public CommandMenu(BotApi api) {
        this.api = api;
    }

    /** @return true when every menu was accepted */
    public boolean publish(Collection<Command> commands, Set<LearnerId> admins) {
        boolean all = true;
        for (ExplanationLanguage language : ExplanationLanguage.values()) {
            String code = language == ExplanationLanguage.ENGLISH ? null : language.code();
            all &= set(menu(commands, language, false), new BotCommandScopeDefault(), code, "everyone");
            for (LearnerId admin : admins) {
                if (admin.platform() == Platform.TELEGRAM) {
                    all &= set(menu(commands, language, true), scopeFor(admin), code, "admin " + admin.userId());
                }
            }
        }
        return all;
    }

    static List<BotCommand> menu(Collection<Command> commands, ExplanationLanguage language, boolean admin) {
        return commands.stream()
                .filter(command -> admin || !command.adminOnly())
                .filter(Command::listed)
                .filter(command -> TELEGRAM_COMMAND.matcher(command.name()).matches())
                .map(command -> new BotCommand(command.name(), description(command, language)))
                .toList();
    }

    private boolean set(List<BotCommand> menu, BotCommandScope scope, String languageCode, String who) {
        ApiResult<Boolean> result = api.call(
                SetMyCommands.builder().commands(menu).scope(scope).languageCode(languageCode).build());
        if (!result.delivered()) {
            log.warn("could not publish the command menu for {} (language {})", who, languageCode == null ? "default" : languageCode);
        }
        return result.delivered();
    }

    private static BotCommandScope scopeFor(LearnerId admin) {
        return BotCommandScopeChat.builder().chatId(admin.userId()).build();
    }

    private static String description(Command command, ExplanationLanguage language) {
        String summary = command.summary(language).strip();
        if (summary.isEmpty()) {
            summary = command.usage();
        }
        return summary.length() <= DESCRIPTION_LIMIT ? summary : summary.substring(0, DESCRIPTION_LIMIT - 1) + "…";
    }
}
