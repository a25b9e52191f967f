package de.sprechstunde.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sprechstunde.core.config.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives webhook calls, routed here by the HTTP server from the path of {@code TELEGRAM_WEBHOOK_URL}.
 * Every call must carry the configured secret in {@code X-Telegram-Bot-Api-Secret-Token} (401
 * otherwise, and the update is not looked at). 200 means the update is with the tutor; any other
 * status makes Telegram deliver it again later. Thread-safe.
 */
public final class TelegramWebhook {

    /** The header Telegram sends the secret token in. */
    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

    private final byte[] secret;
    private final Supplier<UpdateRouter> router;
    private final ObjectMapper json = new ObjectMapper()
            // a field from a newer Bot API version must not make the update undeliverable
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** @param router the router while updates are accepted; null before start and after stop */
    TelegramWebhook(Secret secret, Supplier<UpdateRouter> router) {
        this.secret = secret.reveal().getBytes(StandardCharsets.UTF_8);
        this.router = router;
    }

    /**
     * Handles one call.
     *
     * @param secretTokenHeader the value of {@value #SECRET_HEADER}, or null when absent
     * @param body              the request body (one Update as JSON)
     * @return the HTTP status to answer: 200, 400 (not an update), 401 (wrong secret) or 503 (not accepting now)
     */
    public int handle(String secretTokenHeader, byte[] body) {
        if (secretTokenHeader == null
                || !MessageDigest.isEqual(secret, secretTokenHeader.getBytes(StandardCharsets.UTF_8))) {
            log.warn("webhook call without the right secret token refused");
            return 401;
        }
        UpdateRouter current = router.get();
        if (current == null) {
            log.info("webhook call while not accepting updates; Telegram will deliver it again");
            return 503;
        }
        Update update;
        try {
            update = json.readValue(body, Update.class);
        } catch (IOException e) {
            log.warn("webhook call with a body that is not an update ({} bytes)", body == null ? 0 : body.length);
            return 400;
        }
        if (update == null || update.getUpdateId() == null) {
            log.warn("webhook call with a body that is not an update");
            return 400;
        }
        current.route(update);
        return 200;
    }
}
