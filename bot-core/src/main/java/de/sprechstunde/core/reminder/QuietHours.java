package de.sprechstunde.core.reminder;

import java.time.LocalTime;

/**
 * Hours of the learner's day without reminders ({@code REMINDER_QUIET_HOURS}, e.g. {@code 22-8}:
 * from 22:00 up to 08:00). Equal hours mean no quiet hours.
 *
 * @param from the first quiet hour, 0–23
 * @param to   the first hour that is no longer quiet, 0–23
 */
public record QuietHours(int from, int to) {

    public static final QuietHours DEFAULT = new QuietHours(22, 8);

    public QuietHours {
        if (from < 0 || from > 23 || to < 0 || to > 23) {
            throw new IllegalArgumentException("quiet hours are whole hours 0-23");
        }
    }

    /** Parses {@code 22-8} (or {@code 22-08}). */
    public static QuietHours parse(String text) {
        String[] parts = text.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected FROM-TO in whole hours, e.g. 22-8");
        }
        try {
            return new QuietHours(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected FROM-TO in whole hours, e.g. 22-8");
        }
    }

    public boolean contains(LocalTime time) {
        int hour = time.getHour();
        if (from == to) {
            return false;
        }
        return from < to ? hour >= from && hour < to : hour >= from || hour < to;
    }

    @Override
    public String toString() {
        return String.format("%02d:00–%02d:00", from, to);
    }
}
