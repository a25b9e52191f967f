package de.sprechstunde.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.sprechstunde.bench.load.FirstMessageRun;
import de.sprechstunde.bench.load.PipelineRun;
import de.sprechstunde.bench.load.TelegramRun;
import de.sprechstunde.core.memory.NoResponseCache;
import de.sprechstunde.grammar.GrammarBackend;
import de.sprechstunde.grammar.GrammarSettings;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * The bot under load, on loopback only and bounded in time (docs/performance.md, "Load"):
 * <ol>
 *   <li>200 learners over the real Telegram adapter against the fake Bot API, with an instant model,
 *       offered 20, 50 and 100 msg/s: achieved answer rate, push → final reply p50/p99, Bot API
 *       calls per chat and overall in any 1 s window, RSS and CPU per 1000 messages; the floor is
 *       one Bot API round trip;</li>
 *   <li>the pipeline alone behind a no-op sink at 100 msg/s: the bot's own cost per message;</li>
 *   <li>time to the first token of the first message after ready (models loaded) against the
 *       steady state, with the fake Ollama's slow model load.</li>
 * </ol>
 * Run: {@code java -cp bench/target/bench.jar de.sprechstunde.bench.LoadBench [seconds per rate]}
 */
public final class LoadBench {

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        // JDK HttpServer (the fakes) without TCP_NODELAY adds ~40 ms per call (Nagle meets delayed
        // ACKs); the bot's own server sets it too (Main), so the fakes' floor is the network's, not that
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (GrammarBackend grammar = GrammarBackend.start(GrammarSettings.defaults(), NoResponseCache.INSTANCE)) {
            if (!grammar.awaitReady(Duration.ofMinutes(3))) {
                throw new IllegalStateException("LanguageTool did not warm up in 3 minutes");
            }
            System.out.println("== Telegram, 200 learners, instant model, LanguageTool on, " + seconds + " s per rate"
                    + " (after an uncounted warm-up round at 20 msg/s)");
            TelegramRun.run(200, 20, seconds, grammar.checker(), false);
            for (int rate : new int[] {20, 50, 100}) {
                TelegramRun.run(200, rate, seconds, grammar.checker(), true);
            }
        }
        System.out.println("== pipeline alone, no-op sink");
        PipelineRun.run(200, 100, seconds);
        System.out.println("== first message after ready vs steady (fake Ollama, 5 s model load)");
        FirstMessageRun.run();
        System.exit(0);
    }
}
