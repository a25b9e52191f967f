package de.sprechstunde.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import de.sprechstunde.core.testing.CapturedLogs;
import de.sprechstunde.core.testing.MutableClock;
import io.github.ollama4j.models.response.ModelPullResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PullProgressLogTest {

    private static final long GIGABYTES_4 = 4_000_000_000L;

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
    private final PullProgressLog progress = new PullProgressLog("mistral:7b", clock, Duration.ofSeconds(30));
    private final CapturedLogs logs = CapturedLogs.of(PullProgressLog.class);

    @AfterEach
    void detach() {
        logs.close();
    }

    private static ModelPullResponse line(String status, long total, long completed) {
        ModelPullResponse line = new ModelPullResponse();
        line.setStatus(status);
        line.setTotal(total);
        line.setCompleted(completed);
        return line;
    }

    @Test
    void aThousandProgressLinesAreLoggedInTenPercentSteps() {
        for (int i = 0; i <= 1000; i++) {
            progress.record(line("pulling ff82381e2bea", GIGABYTES_4, GIGABYTES_4 * i / 1000));
        }

        assertEquals(11, logs.lines(Level.INFO).size(), logs.lines(Level.INFO).toString());
        assertEquals("pulling mistral:7b: pulling ff82381e2bea (3.7 GB)", logs.lines(Level.INFO).get(0));
        assertEquals("pulling mistral:7b: 50% of 3.7 GB", logs.lines(Level.INFO).get(5));
    }

    @Test
    void aSlowPullIsLoggedEveryThirtySecondsEvenBetweenSteps() {
        progress.record(line("pulling ff82381e2bea", GIGABYTES_4, 0));
        clock.advance(Duration.ofSeconds(10));
        progress.record(line("pulling ff82381e2bea", GIGABYTES_4, GIGABYTES_4 / 100));
        clock.advance(Duration.ofSeconds(25));
        progress.record(line("pulling ff82381e2bea", GIGABYTES_4, GIGABYTES_4 * 2 / 100));

        assertEquals(2, logs.lines(Level.INFO).size(), logs.lines(Level.INFO).toString());
        assertEquals("pulling mistral:7b: 2% of 3.7 GB", logs.lines(Level.INFO).get(1));
    }

    @Test
    void eachNewStatusIsLoggedOnceAndTheManifestOnlyAtDebug() {
        progress.record(line("pulling manifest", 0, 0));
        progress.record(line("pulling manifest", 0, 0));
        progress.record(line("pulling 7c23fb36d801", 4_400, 4_400));
        progress.record(line("verifying sha256 digest", 0, 0));
        progress.record(line("writing manifest", 0, 0));
        String activity = progress.record(line("success", 0, 0));

        assertEquals("success", activity);
        assertEquals(1, logs.count(Level.DEBUG, "pulling manifest"));
        assertEquals(4, logs.lines(Level.INFO).size(), logs.lines(Level.INFO).toString());
        assertTrue(logs.lines(Level.INFO).get(0).endsWith("(5 KB)"));
    }

    @Test
    void theActivityShowsThePercentage() {
        assertEquals("pulling 45%", progress.record(line("pulling ff82381e2bea", 1000, 450)));
    }
}
