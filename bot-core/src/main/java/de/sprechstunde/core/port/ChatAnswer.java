package de.sprechstunde.core.port;

import java.time.Duration;
import java.util.Objects;

/**
 * A complete model answer with the timings the metrics need.
 *
 * @param text             the answer
 * @param model            the model name that produced it
 * @param timeToFirstToken from sending the request to the first streamed token
 * @param total            from sending the request to the last token
 */
public record ChatAnswer(String text, String model, Duration timeToFirstToken, Duration total) {
    public ChatAnswer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeToFirstToken, "timeToFirstToken");
        Objects.requireNonNull(total, "total");
    }
}
