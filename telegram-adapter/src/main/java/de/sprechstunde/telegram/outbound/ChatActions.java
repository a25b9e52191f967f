package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.telegram.api.BotApi;
import de.sprechstunde.telegram.api.ChatRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;

/**
 * Shows "typing…" or "recording voice…". Telegram shows an action for about five seconds, so the
 * same action is not repeated sooner than that, and none is sent while the chat is paused by a
 * {@code retry_after}. Thread-safe.
 */
public final class ChatActions {

    private static final Duration REPEAT_AFTER = Duration.ofSeconds(4);
    private static final int PRUNE_ABOVE = 10_000;

    private final BotApi api;
    private final Clock clock;
    private final Map<String, Instant> lastShown = new ConcurrentHashMap<>();

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
        String key = chat.asString() + "|" + action;
        Instant previous = lastShown.get(key);
        if (previous != null && Duration.between(previous, now).compareTo(REPEAT_AFTER) < 0) {
            return;
        }
        lastShown.put(key, now);
        if (lastShown.size() > PRUNE_ABOVE) {
            lastShown.values().removeIf(at -> Duration.between(at, now).compareTo(REPEAT_AFTER) > 0);
        }
        api.call(Optional.of(chat.chatId()), SendChatAction.builder()
                .chatId(chat.chatId())
                .messageThreadId(chat.topic().orElse(null))
                .action(action.toString())
                .build());
    }
}
