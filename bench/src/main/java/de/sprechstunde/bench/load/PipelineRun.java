package de.sprechstunde.bench.load;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The pipeline alone behind a sink that drops everything: the bot's own cost per message. */
public final class PipelineRun {

    private PipelineRun() {
    }

    public static void run(int learners, int perSecond, int seconds) throws Exception {
        TutorBot bot = new TutorBotBuilder(new ScriptedChatModel().defaultAnswer("Gut gemacht!")).build();
        Messages[] senders = new Messages[learners];
        for (int i = 0; i < learners; i++) {
            senders[i] = new Messages(Platform.TELEGRAM, String.valueOf(200_000 + i));
        }
        int total = perSecond * seconds;
        // warm-up of the JIT at the same rate, not counted
        offer(bot, senders, perSecond, total, -1_000_000);
        double cpuBefore = Stats.cpuMillis();
        long[] nanos = offer(bot, senders, perSecond, total, 0);
        double cpu = Stats.cpuMillis() - cpuBefore;
        long[] floor = floor(perSecond, total);
        System.out.printf("| pipeline, no-op sink, %d msg/s | %d | %.2f | %.2f | %.0f | %.1f | floor (executor hop) %.3f / %.3f |%n",
                perSecond, total, Stats.percentileMillis(nanos, 50), Stats.percentileMillis(nanos, 99), Stats.rssMegabytes(),
                cpu / total * 1000, Stats.percentileMillis(floor, 50), Stats.percentileMillis(floor, 99));
        bot.close();
    }

    private static long[] offer(TutorBot bot, Messages[] senders, int perSecond, int total, int idBase) throws Exception {
        FirstOutputSink dropped = new FirstOutputSink();
        return Paced.offer(perSecond, total, i -> bot.receive(senders[i % senders.length]
                .text(String.valueOf(idBase + i + 2_000_000), "Ich lerne seit " + i + " Tagen Deutsch."), dropped));
    }

    /** One hop through a pool of 8 threads, as each message makes onto the tutor workers. */
    private static long[] floor(int perSecond, int total) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            return Paced.offer(perSecond, total, i -> CompletableFuture.runAsync(() -> { }, pool));
        } finally {
            pool.shutdown();
        }
    }
}
