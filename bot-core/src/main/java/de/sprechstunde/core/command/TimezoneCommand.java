package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.port.ReminderSchedule;
import de.sprechstunde.core.reminder.Reminders;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** {@code /timezone Europe/Berlin}: the learner's IANA time zone, for reminders. */
public final class TimezoneCommand implements Command {

    private static final Set<String> AVAILABLE = ZoneId.getAvailableZoneIds();

    private final Reminders reminders;

    public TimezoneCommand(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "timezone";
    }

    @Override
    public String usage() {
        return "/timezone <Region/City>";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("your time zone, for reminders", "deine Zeitzone, für Erinnerungen");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        ExplanationLanguage l = call.language();
        if (call.arguments().isEmpty()) {
            ReminderSchedule now = reminders.current(call.profile().id());
            call.reply(l.pick("Your time zone is *" + now.zone().getId() + "*. Change it with e.g. /timezone America/New_York.",
                    "Deine Zeitzone ist *" + now.zone().getId() + "*. Ändern z. B. mit /timezone America/New_York."));
            return call.profile();
        }
        Optional<ZoneId> zone = parse(call.arguments());
        if (zone.isEmpty()) {
            String shown = LevelCommand.shorten(call.arguments());
            call.reply(l.pick("\"" + shown + "\" isn't a time zone I know. Use a Region/City name such as Europe/Berlin, "
                            + "Europe/London, America/New_York or Asia/Tokyo (or UTC).",
                    "„" + shown + "“ kenne ich nicht als Zeitzone. Nimm einen Namen Region/Stadt wie Europe/Berlin, "
                            + "Europe/London, America/New_York oder Asia/Tokyo (oder UTC)."));
            return call.profile();
        }
        ReminderSchedule schedule = reminders.zone(call.profile().id(), zone.get());
        String reminder = schedule.at().map(at -> l.pick(" Your reminder stays at " + at + " local time.",
                " Deine Erinnerung bleibt um " + at + " Ortszeit.")).orElse("");
        call.reply(l.pick("🌍 Time zone set to *" + zone.get().getId() + "*." + reminder,
                "🌍 Zeitzone ist jetzt *" + zone.get().getId() + "*." + reminder));
        return call.profile();
    }

    /** IANA region names (case as the learner likes) and UTC; offsets like {@code +02:00} are refused: they ignore summer time. */
    static Optional<ZoneId> parse(String text) {
        String wanted = text.strip();
        if (wanted.equalsIgnoreCase("UTC")) {
            return Optional.of(ZoneId.of("UTC"));
        }
        return AVAILABLE.stream().filter(id -> id.contains("/") && id.equalsIgnoreCase(wanted)).findFirst().map(id -> {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                return null;
            }
        });
    }
}
