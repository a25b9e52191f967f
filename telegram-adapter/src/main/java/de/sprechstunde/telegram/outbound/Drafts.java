package de.sprechstunde.telegram.outbound;

import de.sprechstunde.telegram.api.ApiResult;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessageDraft;

/**
 * Telegram's native streaming drafts ({@code sendMessageDraft}, Bot API 9.5+): a private chat sees
 * the answer grow as an animated preview, and one {@code sendMessage} finishes it. A Bot API
 * server that does not know the method (a self-hosted older one answers 404, or 400 "method not
 * found") switches every stream to edits for the rest of the process. Thread-safe.
 */
public final class Drafts {

    private static final Logger log = LoggerFactory.getLogger(Drafts.class);

    private final AtomicBoolean supported;
    private final AtomicInteger lastId = new AtomicInteger();

    /** @param enabled false to stream by edits everywhere */
    public Drafts(boolean enabled) {
        this.supported = new AtomicBoolean(enabled);
    }

    /** Drafts are for private chats only, and only while the server knows the method. */
    boolean usableFor(Destination to) {
        return to.chatId() > 0 && supported.get();
    }

    /** A fresh non-zero id: updates with the same id animate one draft. */
    int newId() {
        return lastId.updateAndGet(id -> id == Integer.MAX_VALUE ? 1 : id + 1);
    }

    SendMessageDraft draft(Destination to, int draftId, String html) {
        return SendMessageDraft.builder()
                .chatId(to.chatId())
                .messageThreadId(to.topic())
                .draftId(draftId)
                .text(html)
                .parseMode(ParseMode.HTML)
                .build();
    }

    /** Learns from a draft's outcome whether the server knows the method. */
    void learn(ApiResult<?> result) {
        if (result instanceof ApiResult.Failed<?> failed && unknownMethod(failed) && supported.compareAndSet(true, false)) {
            log.warn("the Bot API server does not know sendMessageDraft ([{}] {}); streaming by edits from now on",
                    failed.errorCode(), failed.description());
        }
    }

    private static boolean unknownMethod(ApiResult.Failed<?> failed) {
        String description = failed.description().toLowerCase(Locale.ROOT);
        return failed.errorCode() == 404 || failed.errorCode() == 400 && description.contains("method") && description.contains("not found");
    }
}
