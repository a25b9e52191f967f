package de.sprechstunde.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.sprechstunde.ollama.fake.FakeOllamaServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start-up that fails half way closes what it already started: no thread, server or file lock is left behind. */
class ApplicationStartFailureTest {

    private static final List<String> OUR_THREADS = List.of("ollama-", "mongo-maintenance", "state-replay", "health-check",
            "tutor-worker-", "http", "speech", "ffmpeg", "espeak", "piper", "whisper");

    @TempDir
    Path dataDir;

    @Test
    void aTakenHttpPortStopsTheStartAndLeavesNothingRunning() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (FakeOllamaServer ollama = FakeOllamaServer.start();
             ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            TestConfig config = new TestConfig(dataDir, ollama.url()).with("HTTP_PORT", String.valueOf(taken.getLocalPort()));

            assertThrows(IOException.class, () -> Application.start(config.load(), Clock.systemUTC()));

            assertEquals(List.of(), threadsStartedSince(before), "threads left running");
            // the embedded MongoDB was stopped: its files are unlocked, so a second start on them works
            try (Application again = Application.start(new TestConfig(dataDir, ollama.url()).load(), Clock.systemUTC())) {
                assertEquals(true, again.httpPort() > 0);
            }
        }
    }

    /** Our threads that were not there before; executors' threads end shortly after shutdownNow. */
    private static List<String> threadsStartedSince(Set<Thread> before) throws InterruptedException {
        List<String> left = List.of();
        for (int i = 0; i < 50; i++) {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive())
                    .map(Thread::getName)
                    .filter(name -> OUR_THREADS.stream().anyMatch(name::startsWith))
                    .collect(Collectors.toList());
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(100);
        }
        return left;
    }
}
