package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.port.AuditEntry;
import de.sprechstunde.core.port.AuditLog;
import de.sprechstunde.core.text.EditDistance;
import java.time.Clock;
import de.sprechstunde.core.tutor.TurnContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds and runs commands; refuses admin commands for non-admins and explains unknown ones. */
public final class CommandRegistry {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistry.class);

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final AuditLog audit;
    private final Clock clock;

    public CommandRegistry(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public CommandRegistry register(Command command) {
        if (commands.putIfAbsent(command.name(), command) != null) {
            throw new IllegalStateException("command /" + command.name() + " is registered twice");
        }
        return this;
    }

    /** All commands in registration order, for {@code /help} and platform command menus. */
    public Collection<Command> all() {
        return commands.values();
    }

    public Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** Runs the command in {@code line}; returns the profile to save. */
    public LearnerProfile run(CommandLine line, TurnContext turn) {
        CommandCall call = new CommandCall(turn, line.arguments());
        Command command = commands.get(line.name());
        if (command == null) {
            log.info("unknown command /{}", line.name().length() > 32 ? line.name().substring(0, 32) : line.name());
            call.reply(unknown(line.name(), call));
            return turn.profile();
        }
        if (command.adminOnly() && !turn.admin()) {
            log.warn("non-admin {} tried admin command /{}", turn.profile().id(), command.name());
            audit.record(new AuditEntry(turn.profile().id(), "refused:" + command.name(), "not an admin", clock.instant()));
            call.reply(call.language().pick("Sorry, /" + command.name() + " is only for the bot's admins.",
                    "Entschuldigung, /" + command.name() + " ist nur für die Admins dieses Bots."));
            return turn.profile();
        }
        if (command.adminOnly()) {
            audit.record(new AuditEntry(turn.profile().id(), command.name(), "", clock.instant()));
        }
        return command.run(call);
    }

    private String unknown(String name, CommandCall call) {
        Optional<Command> closest = commands.values().stream()
                .filter(c -> (!c.adminOnly() || call.turn().admin()) && c.listed())
                .min(Comparator.comparingInt(c -> EditDistance.between(c.name(), name)))
                .filter(c -> EditDistance.between(c.name(), name) <= 2);
        String suggestion = closest.map(c -> call.language().pick(" Did you mean " + c.usage() + "?", " Meintest du " + c.usage() + "?")).orElse("");
        return call.language().pick("I don't know that command." + suggestion + " /help lists everything I can do.",
                "Diesen Befehl kenne ich nicht." + suggestion + " /help zeigt alles, was ich kann.");
    }
}
