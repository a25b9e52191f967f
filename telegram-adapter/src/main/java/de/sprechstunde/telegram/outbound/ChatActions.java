package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.telegram.api.BotApi;
import de.sprechstunde.telegram.api.ChatRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;

/**
 * Shows "typing…" or "recording voice…". Telegram shows an action for about five seconds, so a
 * chat gets the same action at most once in that time (a different one replaces it at once), none
 * while the chat is paused by a {@code retry_after}, and none when the overall budget has no room
 * right now: actions are hints, outside the chat's message budget, and never wait. Thread-safe.
 */
public final class ChatActions {

    private static final Duration REPEAT_AFTER = Duration.ofSeconds(5);
    private static final int PRUNE_ABOVE = 10_000;

    private record Shown(ActionType action, Instant at) {
    }

    private final BotApi api;
    private final Clock clock;
    private final Map<String, Shown> lastShown = new ConcurrentHashMap<>();

    public ChatActions(BotApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    public void show(ChatRef chat, Activity activity) {
        ActionType action = activity == Activity.RECORDING_VOICE ? ActionType.RECORD_VOICE : ActionType.TYPING;
        if (api.paused(chat.chatId()) || api.blockedChats().isBlocked(chat.chatId())) {
            return;
        }
        Instant now = clock.instant();
        Shown previous = lastShown.get(chat.asString());
        if (previous != null && previous.action() == action && Duration.between(previous.at(), now).compareTo(REPEAT_AFTER) < 0) {
            return;
        }
        lastShown.put(chat.asString(), new Shown(action, now));
        if (lastShown.size() > PRUNE_ABOVE) {
            lastShown.values().removeIf(shown -> Duration.between(shown.at(), now).compareTo(REPEAT_AFTER) > 0);
        }
        api.action(chat.chatId(), SendChatAction.builder()
                .chatId(chat.chatId())
                .messageThreadId(chat.topic().orElse(null))
                .action(action.toString())
                .build());
    }
}
