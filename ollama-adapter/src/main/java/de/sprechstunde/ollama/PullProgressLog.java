package de.sprechstunde.ollama;

import io.github.ollama4j.models.response.ModelPullResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a model pull without flooding the log: Ollama sends several progress lines a second, so a
 * line is written when the status changes (a new layer, "verifying sha256 digest", …), at every
 * further 10 % of a layer, and otherwise at most once per {@code every}. Not thread-safe: one per pull.
 */
final class PullProgressLog {

    private static final Logger log = LoggerFactory.getLogger(PullProgressLog.class);

    private final String model;
    private final Clock clock;
    private final Duration every;
    private String lastStatus = "";
    private int lastPercent = -1;
    private Instant lastLogged = Instant.MIN;

    PullProgressLog(String model, Clock clock, Duration every) {
        this.model = model;
        this.clock = clock;
        this.every = every;
    }

    /** Logs the line if it is news. @return a short activity text for {@code /health} */
    String record(ModelPullResponse line) {
        String status = line.getStatus() == null ? "" : line.getStatus();
        long total = line.getTotal();
        int percent = total > 0 ? (int) Math.min(100, line.getCompleted() * 100 / total) : -1;
        Instant now = clock.instant();
        if (!status.equals(lastStatus)) {
            if (status.equals("pulling manifest")) {
                // every attempt starts so, also each retry of a pull that cannot reach the registry
                log.debug("pulling {}: {}", model, status);
            } else {
                log.info("pulling {}: {}{}", model, status, total > 0 ? " (" + size(total) + ")" : "");
            }
            remember(status, percent, now);
        } else if (percent >= 0 && (percent >= lastPercent + 10
                || percent > lastPercent && !now.isBefore(lastLogged.plus(every)))) {
            log.info("pulling {}: {}% of {}", model, percent, size(total));
            remember(status, percent, now);
        }
        return percent >= 0 ? "pulling " + percent + "%" : status;
    }

    private void remember(String status, int percent, Instant now) {
        lastStatus = status;
        lastPercent = percent;
        lastLogged = now;
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return (bytes + 1023) / 1024 + " KB";
    }
}
