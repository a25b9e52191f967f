package de.sprechstunde.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.deploy.state.LocalServers;
import de.sprechstunde.deploy.state.OwnRedisServer;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.FakeChats;
import de.sprechstunde.telegram.fake.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} while an answer streams: the bot is its real {@code main} in a JVM of its own,
 * Telegram and Ollama are fakes in this JVM (Ollama streams slowly), and the state that outlives the
 * process is a redis-server of the test's own plus the embedded MongoDB under the same DATA_DIR.
 * After the restart the chat must hold exactly one message with the complete answer.
 */
class KillNineTest {

    private static final long LENA = 4242;
    private static final String ANSWER = "Sehr schön, Lena! Du hast den Satz fast richtig gebaut. Im Perfekt steht das Hilfsverb"
            + " an zweiter Stelle und das Partizip am Ende: Ich bin gestern nach Berlin gefahren. Erzähl mir, was du dort"
            + " gemacht hast!";
    private static final String SECOND_ANSWER = "Bis morgen, Lena!";
    private static final Duration GENEROUS = Duration.ofSeconds(120);

    @TempDir
    Path workDir;

    @Test
    void afterKillNineMidStreamAndARestartTheChatHoldsOneMessageWithTheCompleteAnswer() throws Exception {
        try (OwnRedisServer redis = new OwnRedisServer(LocalServers.freePort()).start();
             FakeOllamaServer ollama = FakeOllamaServer.start().answering(FakeOllamaServer.MAIN_MODEL, ANSWER)
                     .tokenInterval(Duration.ofMillis(250));
             FakeBotApi telegram = new FakeBotApi()) {
            // a Bot API without drafts, so the stream shows itself as a message that is edited (as in
            // groups): a draft would vanish with the process and leave no fragment to complete
            telegram.forgetDrafts();
            Map<String, String> env = environment(telegram, ollama, redis);

            BotProcess first = BotProcess.start(env, workDir, "first");
            telegram.enqueue(Updates.of("private-text").node());
            // a fragment that was edited at least once: the stream's message id is recorded by then
            awaitChat(telegram, first, texts -> texts.size() == 1 && !texts.get(0).equals(ANSWER)
                    && telegram.calls("editMessageText").size() >= 1);
            first.kill();
            List<String> fragment = telegram.chats().texts(LENA);
            assertTrue(fragment.size() == 1 && !fragment.get(0).equals(ANSWER), "killed mid-stream: " + fragment);

            try (BotProcess second = BotProcess.start(env, workDir, "second")) {
                awaitChat(telegram, second, texts -> texts.equals(List.of(ANSWER)));

                // the chat answers in order: anything else the replay sent would come before this answer
                ollama.answering(FakeOllamaServer.MAIN_MODEL, SECOND_ANSWER).tokenInterval(Duration.ZERO);
                telegram.enqueue(Updates.of("private-text").set("message.message_id", 12).set("message.text", "Tschüss!").node());
                awaitChat(telegram, second, texts -> texts.size() == 2);
            }

            List<FakeChats.Shown> shown = telegram.chats().shown(LENA);
            assertEquals(List.of(ANSWER, SECOND_ANSWER), shown.stream().map(FakeChats.Shown::text).toList(), telegram.calls().toString());
            assertTrue(shown.stream().allMatch(message -> message.voice() == null), "no voice was sent");
            assertEquals(2, telegram.calls("sendMessage").size() - telegram.calls("deleteMessage").size(),
                    "every message sent beyond the two answers was deleted again");
        }
    }

    private Map<String, String> environment(FakeBotApi telegram, FakeOllamaServer ollama, OwnRedisServer redis) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("HTTP_PORT", "0");
        env.put("DATA_DIR", Files.createDirectories(workDir.resolve("data")).toString());
        env.put("INSTANCE_ID", "kill-nine");
        env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        env.put("TELEGRAM_API_URL", telegram.url().toString());
        env.put("TELEGRAM_POLL_TIMEOUT_SECONDS", "1");
        env.put("OLLAMA_HOST", ollama.url());
        env.put("OLLAMA_REQUEST_TIMEOUT", "120");
        env.put("OLLAMA_FIRST_TOKEN_TIMEOUT", "30");
        env.put("OLLAMA_RETRIES", "0");
        env.put("REDIS_URL", redis.url());
        env.put("REDIS_KEY_PREFIX", "kill-nine:");
        // LanguageTool's warm-up costs a CPU for half a minute; the grammar module tests it
        env.put("ENABLE_GRAMMAR_CHECK", "false");
        return env;
    }

    private static void awaitChat(FakeBotApi telegram, BotProcess bot, Predicate<List<String>> condition) throws InterruptedException {
        if (!LocalServers.eventually(GENEROUS, () -> condition.test(telegram.chats().texts(LENA)) || !bot.isAlive())
                || !bot.isAlive()) {
            throw new AssertionError("the chat shows " + telegram.chats().texts(LENA) + "\ncalls: " + telegram.calls()
                    + "\nbot output:\n" + bot.output());
        }
    }
}
