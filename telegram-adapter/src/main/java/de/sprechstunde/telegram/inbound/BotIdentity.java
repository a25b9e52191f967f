package de.sprechstunde.telegram.inbound;

import java.util.Locale;
import java.util.Objects;

/**
 * Who the bot is on Telegram ({@code getMe}), to recognise mentions, replies and {@code /cmd@name} in groups.
 *
 * @param id       the bot's user id
 * @param username the bot's username without {@code @}
 */
public record BotIdentity(long id, String username) {

    public BotIdentity {
        Objects.requireNonNull(username, "username");
    }

    public boolean isNamed(String name) {
        String bare = name.startsWith("@") ? name.substring(1) : name;
        return bare.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT));
    }
}
