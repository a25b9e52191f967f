package de.sprechstunde.telegram.api;

import java.util.Optional;

/**
 * A Telegram chat, and the forum topic inside it when there is one. Written into the core's
 * {@code ChatAddress} as {@code <chat id>} or {@code <chat id>/<topic id>} so replies to a replayed
 * message land in the same topic.
 *
 * @param chatId the chat's id (negative for groups and channels)
 * @param topic  the message thread id of a forum topic
 */
public record ChatRef(long chatId, Optional<Integer> topic) {

    public ChatRef {
        topic = topic == null ? Optional.empty() : topic;
    }

    public static ChatRef of(long chatId) {
        return new ChatRef(chatId, Optional.empty());
    }

    /** Parses what {@link #asString()} wrote. */
    public static ChatRef parse(String text) {
        int slash = text.indexOf('/');
        try {
            if (slash < 0) {
                return of(Long.parseLong(text));
            }
            return new ChatRef(Long.parseLong(text.substring(0, slash)), Optional.of(Integer.parseInt(text.substring(slash + 1))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Telegram chat reference: '" + text + "'");
        }
    }

    /** Telegram gives groups, supergroups and channels negative ids and private chats the user's positive id. */
    public boolean group() {
        return chatId < 0;
    }

    public String asString() {
        return topic.map(id -> chatId + "/" + id).orElse(Long.toString(chatId));
    }

    @Override
    public String toString() {
        return asString();
    }
}
