package de.sprechstunde.core.platform;

import de.sprechstunde.core.command.CommandRegistry;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Outcome;
import de.sprechstunde.core.message.ReplySink;
import java.util.concurrent.CompletableFuture;

/**
 * The tutor as a platform adapter sees it: where translated messages go in. Implemented by the
 * core's pipeline; adapters depend on this port, never on the pipeline itself. Thread-safe.
 */
public interface Tutor {

    /**
     * Hands a message to the tutor. Never blocks on slow work and never throws.
     *
     * @param sink where the answer goes, on the core's worker threads
     * @return completes when the message has been handled (answered, refused or skipped as a duplicate)
     */
    CompletableFuture<Outcome> receive(IncomingMessage message, ReplySink sink);

    /**
     * Connects a platform: its voice notes can be downloaded from now on, and messages it delivered
     * that were accepted but not answered before a restart are answered now.
     *
     * @return completes when the replayed messages have been handled
     */
    CompletableFuture<Void> connect(ChatPlatform platform);

    /** The commands, for platform menus (Telegram's setMyCommands, Discord's slash commands). */
    CommandRegistry commands();
}
