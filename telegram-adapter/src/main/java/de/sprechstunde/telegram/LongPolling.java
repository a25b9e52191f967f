package de.sprechstunde.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.config.Secret;
import de.sprechstunde.telegram.api.TelegramConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling through telegrambots. The library asks for the next updates only after the
 * consumer returns, and that request's offset confirms the batch to Telegram; the consumer
 * returns once every update of the batch is with the tutor, so Telegram forgets an update only
 * after the core has queued it. After {@link #stop()} a batch still arriving is not handed over
 * and, being unconfirmed, is delivered again after the restart.
 */
final class LongPolling {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    /** The update kinds the tutor uses; naming them also keeps unknown future kinds out of getUpdates. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query", "my_chat_member");

    private final TelegramConnection connection;
    private final Secret token;
    private final Duration timeout;
    private final Supplier<UpdateRouter> router;
    private final ScheduledExecutorService pollingThread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("telegram-polling"));
    private TelegramBotsLongPollingApplication application;
    private BotSession session;

    /** @param router the router while updates are accepted; null once stopping */
    LongPolling(TelegramConnection connection, Secret token, Duration timeout, Supplier<UpdateRouter> router) {
        this.connection = connection;
        this.token = token;
        this.timeout = timeout;
        this.router = router;
    }

    synchronized void start() throws TelegramApiException {
        application = new TelegramBotsLongPollingApplication(ObjectMapper::new, connection::polling, () -> pollingThread);
        session = application.registerBot(token.reveal(), connection::telegramUrl, this::nextRequest, this::consume);
        log.info("Telegram long polling started (timeout {} s)", timeout.toSeconds());
    }

    synchronized boolean running() {
        return session != null && session.isRunning();
    }

    /** Stops asking for updates and ends the request being held open. Safe to call twice. */
    synchronized void stop() {
        if (session == null) {
            return;
        }
        session.stop();
        session = null;
        // the library only cancels its schedule; without this the held-open poll would run up to its timeout
        connection.cancelPolls();
        pollingThread.shutdownNow();
        log.info("Telegram long polling stopped");
    }

    private GetUpdates nextRequest(Integer lastReceived) {
        return GetUpdates.builder()
                .offset(lastReceived + 1)
                .limit(100)
                .timeout((int) timeout.toSeconds())
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }

    /** Never throws: an exception would silently end the library's polling schedule. */
    private void consume(List<Update> updates) {
        for (int i = 0; i < updates.size(); i++) {
            UpdateRouter current = router.get();
            if (current == null) {
                log.info("stopping: {} update(s) left to Telegram for redelivery", updates.size() - i);
                return;
            }
            current.route(updates.get(i));
        }
    }
}
