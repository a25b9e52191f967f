package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.port.ReminderSchedule;
import de.sprechstunde.core.reminder.Reminders;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /remind 19:00} (a daily reminder at that local time) and {@code /remind off}. */
public final class RemindCommand implements Command {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h](\\d{2}))?");

    private final Reminders reminders;

    public RemindCommand(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "remind";
    }

    @Override
    public String usage() {
        return "/remind <HH:MM|off>";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("a daily reminder to practise", "tägliche Erinnerung zum Üben");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        ExplanationLanguage l = call.language();
        String argument = call.arguments().toLowerCase(Locale.ROOT);
        if (call.turn().message().platform() == Platform.CONSOLE) {
            call.reply(l.pick("Reminders come as messages on Telegram or Discord; the console cannot reach you later.",
                    "Erinnerungen kommen als Nachricht auf Telegram oder Discord; die Konsole kann dich später nicht erreichen."));
            return call.profile();
        }
        if (argument.isEmpty()) {
            ReminderSchedule now = reminders.current(call.profile().id());
            call.reply(now.on()
                    ? l.pick("I remind you daily at *" + now.at().get() + "* (" + now.zone().getId() + ") when cards are due or your streak is at risk. /remind off stops it.",
                            "Ich erinnere dich täglich um *" + now.at().get() + "* (" + now.zone().getId() + "), wenn Karten fällig sind oder deine Serie reißt. /remind off stellt es ab.")
                    : l.pick("Reminders are off. /remind 19:00 reminds you daily at 19:00 (" + now.zone().getId() + "; /timezone changes it).",
                            "Erinnerungen sind aus. /remind 19:00 erinnert dich täglich um 19:00 (" + now.zone().getId() + "; /timezone ändert das)."));
            return call.profile();
        }
        if (argument.equals("off") || argument.equals("aus") || argument.equals("stop")) {
            reminders.off(call.profile().id());
            call.reply(l.pick("Reminders are off. /remind 19:00 switches them on again.",
                    "Erinnerungen sind aus. /remind 19:00 schaltet sie wieder ein."));
            return call.profile();
        }
        Optional<LocalTime> at = parse(argument);
        if (at.isEmpty()) {
            String shown = LevelCommand.shorten(call.arguments());
            call.reply(l.pick("\"" + shown + "\" isn't a time of day I can use. I remind you once a day at a time you choose: "
                            + "write it as 24-hour HH:MM, e.g. /remind 19:00 — or /remind off.",
                    "„" + shown + "“ ist keine Uhrzeit, die ich verstehe. Ich erinnere dich einmal am Tag zu einer Zeit deiner Wahl: "
                            + "schreib sie als HH:MM (24 Stunden), z. B. /remind 19:00 – oder /remind off."));
            return call.profile();
        }
        ReminderSchedule schedule = reminders.remindAt(call.profile().id(), at.get());
        String quiet = reminders.quiet(at.get())
                ? l.pick("\nThat's inside the quiet hours (" + reminders.quietHours() + "), but you chose it, so I'll write then.",
                        "\nDas liegt in der Ruhezeit (" + reminders.quietHours() + "), aber du hast es so gewählt, also schreibe ich dann.")
                : "";
        call.reply(l.pick("⏰ Done: a reminder every day at *" + at.get() + "* (" + schedule.zone().getId()
                        + ") — only when cards are due or your streak is at risk. Wrong zone? /timezone Europe/Vienna" + quiet,
                "⏰ Erledigt: jeden Tag um *" + at.get() + "* (" + schedule.zone().getId()
                        + ") eine Erinnerung – nur wenn Karten fällig sind oder deine Serie reißt. Falsche Zeitzone? /timezone Europe/Vienna" + quiet));
        return call.profile();
    }

    static Optional<LocalTime> parse(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour <= 23 && minute <= 59 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
}
