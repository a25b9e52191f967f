package de.sprechstunde.bench.load;

import de.sprechstunde.core.config.Secret;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.telegram.TelegramAdapter;
import de.sprechstunde.telegram.TelegramSettings;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.fake.Updates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Learners over the real Telegram adapter against the fake Bot API, with an instant model. */
public final class TelegramRun {

    private static final String ANSWER = "Gut gemacht!";
    private static final long FIRST_CHAT = 100_000;

    private TelegramRun() {
    }

    /**
     * @param grammar the checker every turn runs (LanguageTool, warmed up), as in the shipped bot
     * @param report  false for the uncounted warm-up round
     */
    public static void run(int learners, int perSecond, int seconds, GrammarChecker grammar, boolean report) throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            long[] floor = roundTrips(telegram.url(), 200);
            TutorBot bot = new TutorBotBuilder(new ScriptedChatModel().defaultAnswer(ANSWER)).grammar(grammar).build();
            TelegramAdapter adapter = new TelegramAdapter(TelegramSettings.polling(Secret.of(FakeBotApi.TOKEN))
                    .withApiUrl(telegram.url()).withPollTimeout(Duration.ofSeconds(1)), bot, Set.of(), Clock.systemUTC());
            adapter.start();
            double cpuBefore = Stats.cpuMillis();
            Map<Long, List<Instant>> pushed = new HashMap<>();
            int total = perSecond * seconds;
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / perSecond;
                Stats.sleepUntil(due);
                long chat = FIRST_CHAT + i % learners;
                pushed.computeIfAbsent(chat, c -> new ArrayList<>()).add(Instant.now());
                telegram.enqueue(Updates.of("private-text").set("message.message_id", 10_000 + i)
                        .set("message.chat.id", chat).set("message.from.id", chat)
                        .set("message.text", "Ich lerne seit " + i + " Tagen Deutsch.").node());
            }
            Instant firstPush = pushed.values().stream().flatMap(List::stream).min(Instant::compareTo).orElseThrow();
            long drainDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (answers(telegram).size() < total && System.nanoTime() < drainDeadline) {
                Thread.sleep(50);
            }
            double cpu = Stats.cpuMillis() - cpuBefore;
            if (report) {
                report(telegram, pushed, total, perSecond, firstPush, floor, cpu);
            }
            adapter.close();
            bot.close();
        }
    }

    private static List<RecordedCall> answers(FakeBotApi telegram) {
        return telegram.calls().stream().filter(c -> c.is("sendMessage") && c.text() != null && c.text().contains(ANSWER))
                .toList();
    }

    private static void report(FakeBotApi telegram, Map<Long, List<Instant>> pushed, int total, int perSecond,
                               Instant firstPush, long[] floor, double cpuMillis) {
        List<RecordedCall> answers = answers(telegram);
        Map<Long, List<RecordedCall>> byChat = answers.stream().collect(Collectors.groupingBy(RecordedCall::chatId));
        List<Long> latencies = new ArrayList<>();
        byChat.forEach((chat, replies) -> {
            List<Instant> pushes = pushed.getOrDefault(chat, List.of());
            for (int k = 0; k < Math.min(pushes.size(), replies.size()); k++) {
                latencies.add(Duration.between(pushes.get(k), replies.get(k).receivedAt()).toNanos());
            }
        });
        long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
        Instant last = answers.stream().map(RecordedCall::receivedAt).max(Instant::compareTo).orElse(firstPush);
        double rate = answers.size() / Math.max(0.001, Duration.between(firstPush, last).toMillis() / 1000.0);
        List<RecordedCall> sends = telegram.calls().stream().filter(c -> !c.is("getUpdates") && !c.is("getMe")).toList();
        int perChat = sends.stream().collect(Collectors.groupingBy(RecordedCall::chatId)).values().stream()
                .mapToInt(calls -> Stats.maxPerSecond(calls.stream().map(RecordedCall::receivedAt).toList())).max().orElse(0);
        System.out.printf("| %d msg/s | %d/%d | %.1f | %.0f | %.0f | %d | %d | %.0f | %.0f | %.2f / %.2f |%n",
                perSecond, answers.size(), total, rate, Stats.percentileMillis(nanos, 50), Stats.percentileMillis(nanos, 99),
                perChat, Stats.maxPerSecond(sends.stream().map(RecordedCall::receivedAt).toList()), Stats.rssMegabytes(),
                cpuMillis / Math.max(1, answers.size()) * 1000, Stats.percentileMillis(floor, 50),
                Stats.percentileMillis(floor, 99));
    }

    /** The floor: one Bot API call over loopback, as the adapter makes it (HTTP POST, JSON back). */
    private static long[] roundTrips(URI api, int count) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(api.resolve("/bot" + FakeBotApi.TOKEN + "/getMe"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build();
        long[] nanos = new long[count];
        for (int i = -20; i < count; i++) {
            long start = System.nanoTime();
            client.send(request, HttpResponse.BodyHandlers.discarding());
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        return nanos;
    }
}
