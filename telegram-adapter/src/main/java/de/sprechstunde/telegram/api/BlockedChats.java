package de.sprechstunde.telegram.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chats that answered 403 (the learner blocked the bot, or it was removed from a group): logged
 * once, then nothing more is sent there until the chat writes again or unblocks the bot.
 * Thread-safe.
 */
public final class BlockedChats {

    private static final Logger log = LoggerFactory.getLogger(BlockedChats.class);

    private final Set<Long> blocked = ConcurrentHashMap.newKeySet();

    /** Records a 403; logs only the first one per chat. */
    public void block(long chatId, String reason) {
        if (blocked.add(chatId)) {
            log.warn("chat {} refuses messages ({}); not sending there until it writes again", chatId, reason);
        }
    }

    public boolean isBlocked(long chatId) {
        return blocked.contains(chatId);
    }

    /** The chat wrote to the bot or unblocked it. */
    public void unblock(long chatId) {
        if (blocked.remove(chatId)) {
            log.info("chat {} is reachable again", chatId);
        }
    }

    public int size() {
        return blocked.size();
    }
}
