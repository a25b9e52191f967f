package de.sprechstunde.bench.load;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ModelWarmth;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.ollama.OllamaBackend;
import de.sprechstunde.ollama.OllamaSettings;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Time to the first token of a learner's first message against the steady state, with the fake
 * Ollama loading each model in 5 s: sent as soon as the old {@code /ready} said yes (platforms
 * connected, right after start) and as soon as the new one does (models loaded).
 */
public final class FirstMessageRun {

    private static final Duration LOAD = Duration.ofSeconds(5);

    private FirstMessageRun() {
    }

    /** One start as the old /ready allowed, then three fresh starts (the first in a cold JVM) as it allows now. */
    public static void run() throws Exception {
        System.out.printf("| first message at the old /ready (right after start) | %.0f ms TTFT |%n", firstAtStart() / 1e6);
        for (int start = 1; start <= 3; start++) {
            firstAtReady(start);
        }
    }

    private static void firstAtReady(int round) throws Exception {
        long[] steady = new long[30];
        long first;
        try (FakeOllamaServer ollama = FakeOllamaServer.start().slowLoad(LOAD);
             OllamaBackend backend = OllamaBackend.create(settings(ollama), Clock.systemUTC(), new SimpleMeterRegistry())) {
            long start = System.nanoTime();
            backend.start();
            TutorBot bot = bot(backend);
            ModelWarmth.State state = backend.warmth().awaitSettled(Duration.ofSeconds(60));
            long readyAfter = System.nanoTime() - start;
            first = ttft(bot, 0);
            for (int i = 0; i < steady.length; i++) {
                steady[i] = ttft(bot, i + 1);
            }
            bot.close();
            System.out.printf("| start %d: new /ready after %.1f s (%s) | first message %.1f ms TTFT | steady p50 %.1f ms, p99 %.1f ms | ratio %.2f |%n",
                    round, readyAfter / 1e9, state.getClass().getSimpleName(), first / 1e6, Stats.percentileMillis(steady, 50),
                    Stats.percentileMillis(steady, 99), first / 1e6 / Stats.percentileMillis(steady, 50));
        }
    }

    private static long firstAtStart() throws Exception {
        try (FakeOllamaServer ollama = FakeOllamaServer.start().slowLoad(LOAD);
             OllamaBackend backend = OllamaBackend.create(settings(ollama), Clock.systemUTC(), new SimpleMeterRegistry())) {
            backend.start();
            TutorBot bot = new TutorBotBuilder(backend.chatModel()).build();
            long nanos = ttft(bot, 0);
            bot.close();
            return nanos;
        }
    }

    private static TutorBot bot(OllamaBackend backend) {
        return new TutorBotBuilder(backend.chatModel()).modelWarmth(backend.warmth(), Duration.ofSeconds(3),
                Duration.ofSeconds(60)).build();
    }

    private static OllamaSettings settings(FakeOllamaServer ollama) {
        return OllamaSettings.defaults().toBuilder().host(ollama.url()).build();
    }

    /** From handing the message to the bot to the first streamed text (or the first reply). */
    private static long ttft(TutorBot bot, int n) throws Exception {
        long sent = System.nanoTime();
        FirstOutputSink sink = new FirstOutputSink();
        bot.receive(new Messages(Platform.TELEGRAM, "300" + n).text(String.valueOf(n), "Wie geht es dir heute, " + n + "?"), sink)
                .get(60, TimeUnit.SECONDS);
        return sink.firstNanos() - sent;
    }
}
