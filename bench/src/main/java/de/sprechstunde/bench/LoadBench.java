package de.sprechstunde.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.sprechstunde.bench.load.FirstMessageRun;
import de.sprechstunde.bench.load.PipelineRun;
import de.sprechstunde.bench.load.TelegramRun;
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
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("== Telegram, 200 learners, instant model, " + seconds + " s per rate");
        for (int rate : new int[] {20, 50, 100}) {
            TelegramRun.run(200, rate, seconds);
        }
        System.out.println("== pipeline alone, no-op sink");
        PipelineRun.run(200, 100, seconds);
        System.out.println("== first message after ready vs steady (fake Ollama, 5 s model load)");
        FirstMessageRun.run();
        System.exit(0);
    }
}
