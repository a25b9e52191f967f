package de.sprechstunde.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.deploy.Application;
import de.sprechstunde.deploy.TestConfig;
import de.sprechstunde.deploy.state.LocalServers;
import de.sprechstunde.deploy.state.OwnRedisServer;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.speech.testing.AudioFacts;
import de.sprechstunde.speech.testing.FakeWhisperServer;
import de.sprechstunde.speech.testing.FakeWyomingServer;
import de.sprechstunde.speech.testing.GermanSpeech;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.FakeChats;
import de.sprechstunde.telegram.fake.FakeFailure;
import de.sprechstunde.telegram.fake.Updates;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's own fault suite: the whole application (real wiring, real adapters, real clients)
 * on Telegram, each backend in turn down, slow (slower than the bot waits) and answering garbage,
 * against the protocol fakes, a redis-server of the test's own, the embedded MongoDB and raw TCP
 * servers. One assertion for all: every message the learner sent is answered exactly once — the
 * answer, or the honest degraded reply — and nothing else is sent. docs/reliability.md has the table.
 */
class BackendFaultsTest {

    private static final long LENA = 4242;
    private static final String ANSWER = "Hallo Lena! Wie war dein Wochenende?";
    private static final String SAID = "Ich habe gestern Brot gekauft.";
    private static final Predicate<FakeChats.Shown> THE_ANSWER = shown -> shown.text().equals(ANSWER);
    private static final Predicate<FakeChats.Shown> OFFLINE = text("language model is offline");
    private static final Predicate<FakeChats.Shown> TOO_SLOW = text("took too long");
    private static final Predicate<FakeChats.Shown> CANNOT_HEAR = text("can't hear voice notes right now");
    private static final Predicate<FakeChats.Shown> WENT_WRONG = text("something went wrong while I was answering");
    private static final Predicate<FakeChats.Shown> NO_VOICE_THIS_TIME = text("couldn't record a voice reply this time");
    private static final Predicate<FakeChats.Shown> VOICE_ON = text("Voice replies are on");
    private static final String HELP = "Just write to me in German";

    /** One fault: how to break the backend, what the learner sends, what each of their messages gets. */
    record Fault(String backend, String kind, Breaker breaker, Learner learner, List<Predicate<FakeChats.Shown>> expected,
                 String learnerSees) {
        @Override
        public String toString() {
            return backend + " " + kind;
        }
    }

    @FunctionalInterface
    interface Breaker {
        void breakIt(Rig rig) throws Exception;
    }

    /** What the learner does once the bot runs. */
    enum Learner { TEXT, VOICE_NOTE, TEXT_WITH_VOICE_REPLIES }

    static Stream<Fault> faults() {
        return Stream.of(
                new Fault("Ollama", "down", rig -> rig.ollama.refuseConnections(), Learner.TEXT, List.of(OFFLINE),
                        "\"the tutor's language model is offline\""),
                new Fault("Ollama", "slow", rig -> rig.ollama.slowFirstToken(Duration.ofSeconds(20)), Learner.TEXT,
                        List.of(TOO_SLOW), "\"the tutor took too long … send your message again\""),
                new Fault("Ollama", "garbage", rig -> rig.ollama.answeringGarbage("<html>502 Bad Gateway</html>\n"), Learner.TEXT,
                        List.of(WENT_WRONG), "\"something went wrong while I was answering. Please try again.\""),
                new Fault("Whisper", "down", rig -> rig.env("WHISPER_HOST", "http://127.0.0.1:" + LocalServers.freePort()),
                        Learner.VOICE_NOTE, List.of(CANNOT_HEAR), "\"I can't hear voice notes right now … please type\""),
                new Fault("Whisper", "slow", rig -> rig.env("WHISPER_HOST", rig.whisper.uri().toString())
                        .env("WHISPER_TIMEOUT_SECONDS", "2").whisper.stallNext(Duration.ofSeconds(20)).stallNext(Duration.ofSeconds(20)),
                        Learner.VOICE_NOTE, List.of(CANNOT_HEAR), "\"I can't hear voice notes right now … please type\""),
                new Fault("Whisper", "garbage", rig -> rig.env("WHISPER_HOST", rig.whisper.uri().toString())
                        .whisper.answerNext(200, "text/html", "<html>oops</html>").answerNext(200, "text/html", "<html>oops</html>"),
                        Learner.VOICE_NOTE, List.of(CANNOT_HEAR), "\"I can't hear voice notes right now … please type\""),
                new Fault("Piper", "down", rig -> rig.env("PIPER_HOST", "tcp://127.0.0.1:" + LocalServers.freePort()),
                        Learner.TEXT_WITH_VOICE_REPLIES, List.of(VOICE_ON, THE_ANSWER, NO_VOICE_THIS_TIME),
                        "the answer as text, then \"(I couldn't record a voice reply this time.)\""),
                new Fault("Piper", "slow", rig -> rig.env("PIPER_HOST", "tcp://127.0.0.1:" + rig.silent().port())
                        .env("PIPER_TIMEOUT_SECONDS", "2"),
                        Learner.TEXT_WITH_VOICE_REPLIES, List.of(VOICE_ON, THE_ANSWER, NO_VOICE_THIS_TIME),
                        "the answer as text, then \"(I couldn't record a voice reply this time.)\""),
                new Fault("Piper", "garbage", rig -> rig.env("PIPER_HOST", "tcp://127.0.0.1:" + rig.garbage().port()),
                        Learner.TEXT_WITH_VOICE_REPLIES, List.of(VOICE_ON, THE_ANSWER, NO_VOICE_THIS_TIME),
                        "the answer as text, then \"(I couldn't record a voice reply this time.)\""),
                new Fault("Redis", "down", rig -> rig.env("REDIS_URL", "redis://127.0.0.1:" + LocalServers.freePort()),
                        Learner.TEXT, List.of(THE_ANSWER), "the answer (cache, limits and ledger in process)"),
                new Fault("Redis", "slow", rig -> rig.env("REDIS_URL", "redis://127.0.0.1:" + rig.silent().port()),
                        Learner.TEXT, List.of(THE_ANSWER), "the answer (cache, limits and ledger in process)"),
                new Fault("Redis", "garbage", rig -> rig.env("REDIS_URL", "redis://127.0.0.1:" + rig.garbage().port()),
                        Learner.TEXT, List.of(THE_ANSWER), "the answer (cache, limits and ledger in process)"),
                new Fault("Redis", "stopped while running", Rig::stopRedisAfterStart,
                        Learner.TEXT, List.of(THE_ANSWER), "the answer (cache, limits and ledger in process)"),
                new Fault("MongoDB", "down", rig -> rig.env("MONGODB_URI", "mongodb://127.0.0.1:" + LocalServers.freePort() + "/faults"),
                        Learner.TEXT, List.of(THE_ANSWER), "the answer (profile and turns kept in process, written later)"),
                new Fault("MongoDB", "slow", rig -> rig.env("MONGODB_URI", "mongodb://127.0.0.1:" + rig.silent().port() + "/faults"),
                        Learner.TEXT, List.of(THE_ANSWER), "the answer (profile and turns kept in process, written later)"),
                new Fault("MongoDB", "garbage", rig -> rig.env("MONGODB_URI", "mongodb://127.0.0.1:" + rig.garbage().port() + "/faults"),
                        Learner.TEXT, List.of(THE_ANSWER), "the answer (profile and turns kept in process, written later)"),
                new Fault("Telegram", "down", Rig::telegramDownForLongerThanTheRetryWindow,
                        Learner.TEXT, List.of(THE_ANSWER), "the answer, once, when Telegram is back (kept and redelivered)"),
                new Fault("Telegram", "slow", rig -> rig.telegram.slowDown("sendMessage", Duration.ofSeconds(2)),
                        Learner.TEXT, List.of(THE_ANSWER), "the answer, once"),
                new Fault("Telegram", "garbage", rig -> rig.telegram.failNext("sendMessage",
                                new FakeFailure(200, "<html>not json</html>"), 3),
                        Learner.TEXT, List.of(THE_ANSWER), "the answer, once (resent: at-least-once, see above)"));
    }

    @TempDir
    Path dataDir;

    private Rig rig;

    @AfterEach
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void everyMessageIsAnsweredExactlyOnceAndNothingElseIsSent(Fault fault) throws Exception {
        rig = new Rig(dataDir, ANSWER);
        fault.breaker().breakIt(rig);
        rig.start();

        int sent = switch (fault.learner()) {
            case TEXT -> rig.sendText("Hallo!");
            case VOICE_NOTE -> rig.sendVoiceNote(SAID);
            case TEXT_WITH_VOICE_REPLIES -> rig.sendText("/voice on") + rig.sendText("Hallo!");
        };
        assertTrue(sent <= fault.expected().size(), "at least one expected reply per message");
        rig.recover();

        assertAnsweredExactlyOnce(fault.expected());
    }

    /**
     * The shared assertion. The chat answers in order, so once the reply to a last plain command
     * has arrived, anything else the earlier messages caused has arrived before it.
     */
    private void assertAnsweredExactlyOnce(List<Predicate<FakeChats.Shown>> expected) throws Exception {
        rig.awaitChat(shown -> expected.size() <= shown.stream().filter(BackendFaultsTest::isText).count());
        rig.sendText("/help");
        rig.awaitChat(shown -> !shown.isEmpty() && shown.get(shown.size() - 1).text().startsWith(HELP));

        List<FakeChats.Shown> shown = rig.telegram.chats().shown(LENA);
        List<FakeChats.Shown> texts = new ArrayList<>(shown.stream().filter(BackendFaultsTest::isText).toList());
        String seen = describe(shown) + "\ncalls: " + rig.telegram.calls();
        assertEquals(expected.size() + 1, texts.size(), "the expected replies and the help, nothing else: " + seen);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.get(i).test(texts.get(i)), "reply " + (i + 1) + " is wrong: " + seen);
        }
        assertTrue(shown.size() - texts.size() <= 1, "at most one voice clip: " + seen);
    }

    private static boolean isText(FakeChats.Shown shown) {
        return shown.voice() == null || !shown.text().isEmpty();
    }

    private static String describe(List<FakeChats.Shown> shown) {
        return shown.stream().map(s -> (s.voice() != null ? "[voice] " : "") + s.text()).toList().toString();
    }

    private static Predicate<FakeChats.Shown> text(String part) {
        return shown -> shown.text().contains(part);
    }

    /** The application and its fakes for one fault. */
    static final class Rig implements AutoCloseable {

        final FakeBotApi telegram = new FakeBotApi();
        final FakeOllamaServer ollama;
        final FakeWhisperServer whisper = new FakeWhisperServer().hears(SAID);
        final FakeWyomingServer piper = new FakeWyomingServer().listsVoice("de_DE-thorsten-high");
        private final TestConfig config;
        private final List<AutoCloseable> closing = new ArrayList<>();
        private final List<Breaker> afterStart = new ArrayList<>();
        private final List<Breaker> recovery = new ArrayList<>();
        private Application application;
        private int nextMessageId = 11;

        Rig(Path dataDir, String answer) throws Exception {
            ollama = FakeOllamaServer.start().answering(FakeOllamaServer.MAIN_MODEL, answer).answering(FakeOllamaServer.FAST_MODEL, answer);
            config = new TestConfig(dataDir, ollama.url())
                    .with("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN)
                    .with("TELEGRAM_API_URL", telegram.url().toString())
                    .with("TELEGRAM_POLL_TIMEOUT_SECONDS", "1")
                    .with("TELEGRAM_CHAT_INTERVAL_MS", "50")
                    .with("OLLAMA_FIRST_TOKEN_TIMEOUT", "3")
                    .with("OLLAMA_CHECK_TIMEOUT", "1")
                    .with("DELIVERY_RETRY_WINDOW", "2")
                    .with("DELIVERY_FIRST_BACKOFF_MS", "100")
                    .with("DELIVERY_MAX_BACKOFF_MS", "500")
                    .with("DELIVERY_REDELIVERY_INTERVAL", "1")
                    .with("REDIS_KEY_PREFIX", "faults:")
                    .with("MONGODB_TIMEOUT_MS", "1000");
        }

        Rig env(String name, String value) {
            config.with(name, value);
            return this;
        }

        RawTcpServer garbage() {
            RawTcpServer server = RawTcpServer.garbage();
            closing.add(server);
            return server;
        }

        RawTcpServer silent() {
            RawTcpServer server = RawTcpServer.silent();
            closing.add(server);
            return server;
        }

        void stopRedisAfterStart() throws Exception {
            OwnRedisServer redis = new OwnRedisServer(LocalServers.freePort()).start();
            closing.add(redis);
            env("REDIS_URL", redis.url());
            afterStart.add(r -> redis.stop());
        }

        void telegramDownForLongerThanTheRetryWindow() {
            telegram.failAlways("sendMessage", FakeFailure.badGateway());
            recovery.add(r -> {
                telegram.await(call -> call.is("sendMessage"), 4, Duration.ofSeconds(60));
                telegram.recover("sendMessage");
            });
        }

        void start() throws Exception {
            application = Application.start(config.load(), Clock.systemUTC());
            for (Breaker breaker : afterStart) {
                breaker.breakIt(this);
            }
        }

        void recover() throws Exception {
            for (Breaker breaker : recovery) {
                breaker.breakIt(this);
            }
        }

        int sendText(String text) {
            telegram.enqueue(Updates.of(text.startsWith("/") ? "private-command" : "private-text")
                    .set("message.message_id", nextMessageId++).set("message.text", text).node());
            return 1;
        }

        int sendVoiceNote(String said) {
            byte[] note = GermanSpeech.oggOpus(said);
            telegram.file("AwACAgIAAxkBAAIB", "voice/file_0.oga", note);
            telegram.enqueue(Updates.of("private-voice").set("message.message_id", nextMessageId++)
                    .set("message.voice.duration", Math.max(1, Math.round(AudioFacts.of(note).seconds())))
                    .set("message.voice.file_size", note.length).node());
            return 1;
        }

        void awaitChat(Predicate<List<FakeChats.Shown>> condition) throws InterruptedException {
            if (!LocalServers.eventually(Duration.ofSeconds(90), () -> condition.test(telegram.chats().shown(LENA)))) {
                throw new AssertionError("the chat shows " + describe(telegram.chats().shown(LENA)) + "\ncalls: " + telegram.calls());
            }
        }

        @Override
        public void close() throws Exception {
            if (application != null) {
                application.close();
            }
            for (AutoCloseable resource : closing) {
                resource.close();
            }
            piper.close();
            whisper.close();
            ollama.close();
            telegram.close();
        }
    }
}
