package de.sprechstunde.bench;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.NoResponseCache;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.TextStream;
import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.ChatAnswer;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.TokenListener;
import de.sprechstunde.core.testing.FakeChatPlatform;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.speech.SpeechBackend;
import de.sprechstunde.speech.SpeechSettings;
import de.sprechstunde.speech.audio.WavFile;
import de.sprechstunde.speech.testing.FakeWhisperServer;
import de.sprechstunde.speech.testing.FakeWyomingServer;
import de.sprechstunde.speech.testing.GermanSpeech;
import de.sprechstunde.speech.testing.SpeechWiring;
import de.sprechstunde.speech.whisper.WhisperSettings;
import de.sprechstunde.speech.wyoming.PiperSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voice path end to end through the real speech module (ffmpeg, the Whisper client, the Piper
 * client) with instant fakes (the fake Whisper and Wyoming servers, a scripted model), beside the
 * floor measured in the same run: one ffmpeg run decoding the same note and one encoding the same
 * reply audio, each started as a plain process.
 *
 * <ol>
 *   <li>A 10 s German voice note (espeak-ng) → the voice reply handed to the platform, answered
 *       at once with a three-sentence answer.</li>
 *   <li>The same answer streamed by a model at a steady pace: from its last token to the voice
 *       reply handed to the platform.</li>
 * </ol>
 * Prints Markdown rows for {@code docs/performance.md}.
 *
 * <p>Run: {@code java -cp bench/target/bench.jar de.sprechstunde.bench.VoiceBench [runs] [token ms]}
 */
public final class VoiceBench {

    private static final String NOTE_TEXT = "Am Wochenende fahre ich mit dem Zug nach München. Dort besuche ich meine Großmutter, "
            + "die in einer kleinen Wohnung in der Altstadt lebt. Wir trinken Kaffee, essen Kuchen und gehen im Park spazieren.";
    /** The note is cut to this length. */
    private static final int NOTE_SECONDS = 10;
    private static final String ANSWER = "Das klingt nach einem schönen Wochenende! Was macht ihr gern zusammen, wenn du bei ihr bist? "
            + "Erzähl mir auch, wie lange die Fahrt mit dem Zug dauert.";

    private VoiceBench() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        long tokenMillis = args.length > 1 ? Long.parseLong(args[1]) : 40;
        Path scratch = Files.createTempDirectory("voice-bench");
        byte[] note = tenSecondNote(scratch);
        PcmAudio replyAudio = WavFile.parse(GermanSpeech.wav(ANSWER)).toPcm();
        double noteSeconds = Math.min(NOTE_SECONDS, WavFile.parse(GermanSpeech.wav(NOTE_TEXT)).duration().toMillis() / 1000.0);

        try (FakeWhisperServer whisper = new FakeWhisperServer().hears(NOTE_TEXT);
             FakeWyomingServer piper = new FakeWyomingServer().listsVoice("de_DE-thorsten-high")) {
            SpeechBackend speech = SpeechBackend.start(SpeechSettings.defaults()
                    .withWhisper(WhisperSettings.at(whisper.uri()))
                    .withPiper(PiperSettings.at(piper.address(), "de_DE-thorsten-high")), Clock.systemUTC());
            try {
                long[] floor = new long[runs];
                long[] before = new long[runs];
                long[] voiceTurn = new long[runs];
                long[] afterLastToken = new long[runs];
                long[] streamed = new long[runs];
                try {
                    for (int i = -2; i < runs; i++) {
                        long f = floor(scratch, note, replyAudio);
                        long b = probe(scratch) + f;
                        long v = voiceTurn(speech, note, i + 2);
                        Streamed s = streamedTurn(speech, tokenMillis, i + 2);
                        if (i >= 0) {
                            floor[i] = f;
                            before[i] = b;
                            voiceTurn[i] = v;
                            afterLastToken[i] = s.afterLastToken();
                            streamed[i] = s.stream();
                        }
                    }
                } finally {
                    try (var files = Files.list(scratch)) {
                        files.forEach(file -> file.toFile().delete());
                    }
                    Files.deleteIfExists(scratch);
                }
                System.out.printf(Locale.ROOT, "voice note %.1f s (%d bytes OGG/Opus), reply audio %.1f s; %d runs after 2 warm-ups, "
                                + "%d CPUs, Java %s%n%n", noteSeconds, note.length, replyAudio.duration().toMillis() / 1000.0, runs,
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
                System.out.println("| what | median ms | min ms | max ms |");
                System.out.println("| --- | ---: | ---: | ---: |");
                System.out.println(row("floor: `ffmpeg` decode of the note + `ffmpeg` encode of the reply audio (two runs)", floor));
                System.out.println(row("the process set of a voice turn before: `ffprobe` + the two runs above", before));
                System.out.println(row("voice note → voice reply handed to the platform (instant model)", voiceTurn));
                System.out.println(row("streamed answer (" + tokenMillis + " ms per token): first token → last token", streamed));
                System.out.println(row("streamed answer: last token → voice reply handed to the platform", afterLastToken));
                System.out.printf(Locale.ROOT, "%nvoice turn / floor (medians): %.2f%n", (double) median(voiceTurn) / median(floor));
            } finally {
                speech.close();
            }
        }
    }

    /** espeak-ng's German, cut to {@value #NOTE_SECONDS} s, as an OGG/Opus voice note like Telegram's. */
    private static byte[] tenSecondNote(Path scratch) throws IOException, InterruptedException {
        Path wav = Files.write(scratch.resolve("said.wav"), GermanSpeech.wav(NOTE_TEXT));
        Path ogg = scratch.resolve("said.ogg");
        ffmpeg("-y", "-v", "error", "-nostdin", "-i", wav.toString(), "-t", String.valueOf(NOTE_SECONDS), "-c:a", "libopus", "-b:a", "24k",
                "-ar", "48000", "-f", "ogg", ogg.toString());
        return Files.readAllBytes(ogg);
    }

    /** The two ffmpeg runs the voice path cannot do without, as plain processes. */
    private static long floor(Path scratch, byte[] note, PcmAudio reply) throws IOException, InterruptedException {
        Path in = Files.write(scratch.resolve("note.ogg"), note);
        Path pcm = Files.write(scratch.resolve("reply.pcm"), reply.samples());
        long start = System.nanoTime();
        ffmpeg("-y", "-v", "error", "-nostdin", "-i", in.toString(), "-f", "wav", "-acodec", "pcm_s16le", "-ac", "1", "-ar", "16000",
                scratch.resolve("note.wav").toString());
        ffmpeg("-y", "-v", "error", "-nostdin", "-f", "s16le", "-ar", String.valueOf(reply.sampleRate()), "-ac", "1", "-i", pcm.toString(),
                "-f", "ogg", "-acodec", "libopus", "-ac", "1", "-ar", "48000", "-b:a", "32000", "-application", "voip",
                scratch.resolve("reply.ogg").toString());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The ffprobe run a voice note took before ffmpeg's own report replaced it. */
    private static long probe(Path scratch) throws IOException, InterruptedException {
        long start = System.nanoTime();
        run("ffprobe", "-v", "quiet", "-print_format", "json", "-show_format", "-show_streams", scratch.resolve("note.ogg").toString());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void ffmpeg(String... args) throws IOException, InterruptedException {
        run("ffmpeg", args);
    }

    private static void run(String binary, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(binary + " failed: " + command);
        }
    }

    /** Receive → the voice reply handed to the sink, for a fresh learner (own rate budget, own history). */
    private static long voiceTurn(SpeechBackend speech, byte[] note, int run) {
        Messages learner = new Messages(Platform.TELEGRAM, "voice-" + run);
        FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM).file("note", note);
        try (TutorBot bot = bot(speech, new StreamingModel(ANSWER, 0))) {
            bot.connect(telegram).join();
            bot.receive(learner.text("/voice on"), new TimedSink()).join();
            TimedSink sink = new TimedSink();
            long start = System.nanoTime();
            bot.receive(learner.voice("note", Duration.ofSeconds(10), note.length), sink).join();
            return sink.voiceAt().map(at -> (at - start) / 1_000_000).orElseThrow(() -> new IllegalStateException("no voice reply"));
        }
    }

    private record Streamed(long stream, long afterLastToken) {
    }

    private static Streamed streamedTurn(SpeechBackend speech, long tokenMillis, int run) {
        Messages learner = new Messages(Platform.TELEGRAM, "stream-" + run);
        StreamingModel model = new StreamingModel(ANSWER, tokenMillis);
        try (TutorBot bot = bot(speech, model)) {
            bot.receive(learner.text("/voice on"), new TimedSink()).join();
            TimedSink sink = new TimedSink();
            bot.receive(learner.text("Ich fahre am Wochenende zu meiner Oma."), sink).join();
            long voice = sink.voiceAt().orElseThrow(() -> new IllegalStateException("no voice reply"));
            return new Streamed((model.lastToken - model.firstToken) / 1_000_000, (voice - model.lastToken) / 1_000_000);
        }
    }

    private static TutorBot bot(SpeechBackend speech, ChatModel model) {
        // every run speaks afresh: no answer or clip comes from a cache
        return SpeechWiring.applyTo(speech, new TutorBotBuilder(model)).responseCache(NoResponseCache.INSTANCE)
                .audioCache(new NoAudioCache()).build();
    }

    /** Streams its answer word by word, {@code tokenMillis} apart, and notes when the first and last token went out. */
    private static final class StreamingModel implements ChatModel {
        private final String answer;
        private final long tokenMillis;
        volatile long firstToken;
        volatile long lastToken;

        StreamingModel(String answer, long tokenMillis) {
            this.answer = answer;
            this.tokenMillis = tokenMillis;
        }

        @Override
        public ChatAnswer chat(ChatRequest request, TokenListener listener) {
            StringBuilder soFar = new StringBuilder();
            String[] tokens = answer.split("(?<= )");
            for (int i = 0; i < tokens.length; i++) {
                if (i > 0 && tokenMillis > 0) {
                    sleep(tokenMillis);
                }
                soFar.append(tokens[i]);
                long now = System.nanoTime();
                if (i == 0) {
                    firstToken = now;
                }
                lastToken = now;
                listener.onToken(tokens[i], soFar.toString());
            }
            return new ChatAnswer(answer, "streaming", Duration.ZERO, Duration.ZERO);
        }

        @Override
        public String modelName(ModelTier tier) {
            return "streaming";
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Notes when the first voice reply was handed over; everything else is dropped. */
    private static final class TimedSink implements ReplySink {
        private volatile Long voiceAt;

        Optional<Long> voiceAt() {
            return Optional.ofNullable(voiceAt);
        }

        @Override
        public void send(Reply reply) {
            if (reply instanceof Reply.Voice && voiceAt == null) {
                voiceAt = System.nanoTime();
            }
        }

        @Override
        public TextStream stream() {
            return new TextStream() {
                @Override
                public void update(String textSoFar) {
                }

                @Override
                public void complete(Reply.Text finalText) {
                }

                @Override
                public void abort(Reply.Text apology) {
                }
            };
        }
    }

    private static final class NoAudioCache implements AudioCache {
        @Override
        public Optional<VoiceClip> get(String voice, SpeakingRate rate, String text) {
            return Optional.empty();
        }

        @Override
        public void put(String voice, SpeakingRate rate, String text, VoiceClip clip) {
        }
    }

    private static String row(String what, long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %d | %d | %d |", what, median(millis), sorted[0], sorted[sorted.length - 1]);
    }

    private static long median(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
