package de.sprechstunde.discord.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One string option of a slash command; its value becomes the next word of the core's command text.
 *
 * @param name        the option name Discord shows
 * @param description what to enter
 * @param choices     label → value; empty for free text
 */
record SlashOption(String name, String description, Map<String, String> choices) {

    SlashOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        choices = new LinkedHashMap<>(choices);
    }

    static SlashOption free(String name, String description) {
        return new SlashOption(name, description, Map.of());
    }

    static SlashOption choice(String name, String description, String... values) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (String value : values) {
            choices.put(value, value);
        }
        return new SlashOption(name, description, choices);
    }
}
