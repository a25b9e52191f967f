package de.sprechstunde.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.port.ChatAnswer;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.TextToSpeech;
import de.sprechstunde.core.port.TokenListener;
import de.sprechstunde.core.port.Transcript;
import de.sprechstunde.core.testing.FakeChatPlatform;
import de.sprechstunde.core.testing.GatedChatModel;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.PassThroughTranscoder;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The voice reply is made while the model streams: each sentence is synthesised once the model
 * has finished it, at most two at once per answer, and the audio goes out as one voice message
 * after the text; a failure gives the honest note instead.
 */
class OverlappedVoiceTest {

    private static final String ANSWER = "Hallo Lena. Wie geht es dir? Ich bin Emma.";

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Messages lena = Messages.lena();

    /** A voice that records when each sentence's synthesis began; its "audio" is the sentence's bytes. */
    private final class RecordingVoice implements TextToSpeech {
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger mostAtOnce = new AtomicInteger();
        private final Consumer<String> onStart;
        private final String failOn;

        RecordingVoice(Consumer<String> onStart, String failOn) {
            this.onStart = onStart;
            this.failOn = failOn;
        }

        @Override
        public PcmAudio synthesize(String text, SpeakingRate rate) throws SpeechException {
            events.add("synthesis started: " + text);
            mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                onStart.accept(text);
                Thread.sleep(10);
                if (text.equals(failOn)) {
                    throw new SpeechException(SpeechException.Kind.UNAVAILABLE, "scripted failure");
                }
                return new PcmAudio(text.getBytes(StandardCharsets.UTF_8), 22_050, 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SpeechException(SpeechException.Kind.TIMEOUT, "interrupted");
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public String voiceName() {
            return "recording";
        }
    }

    /** Records when the model's stream ended. */
    private ChatModel recordingEnd(ChatModel model) {
        return new ChatModel() {
            @Override
            public ChatAnswer chat(ChatRequest request, TokenListener listener) throws ChatModelException {
                ChatAnswer answer = model.chat(request, listener);
                events.add("stream ended");
                return answer;
            }

            @Override
            public String modelName(ModelTier tier) {
                return model.modelName(tier);
            }
        };
    }

    private RecordingReplySink voiceTurn(ChatModel model, TextToSpeech voice) {
        FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM).file("note", new byte[] {1});
        RecordingReplySink sink = new RecordingReplySink();
        try (TutorBot bot = new TutorBotBuilder(recordingEnd(model)).transcoder(new PassThroughTranscoder())
                .speechToText(wav -> new Transcript("Hallo!", "de", List.of(), Duration.ofSeconds(1))).textToSpeech(voice).build()) {
            bot.connect(telegram).join();
            bot.receive(lena.text("/voice on"), new RecordingReplySink()).join();
            bot.receive(lena.voice("note", Duration.ofSeconds(1), 1), sink).join();
        }
        return sink;
    }

    private static byte[] spoken(String... sentences) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String sentence : sentences) {
            all.writeBytes(sentence.getBytes(StandardCharsets.UTF_8));
        }
        return all.toByteArray();
    }

    @Test
    void theFirstSentenceIsSynthesisedWhileTheModelStillStreamsAndTheAnswerIsOneVoiceMessage() {
        // the model holds the rest of its answer until the first sentence's synthesis has begun
        GatedChatModel model = new GatedChatModel(ANSWER, 3);
        RecordingVoice voice = new RecordingVoice(text -> model.release(), "");

        RecordingReplySink sink = voiceTurn(model, voice);

        assertTrue(events.indexOf("synthesis started: Hallo Lena.") < events.indexOf("stream ended"), events.toString());
        assertTrue(events.indexOf("synthesis started: Wie geht es dir?") >= 0, events.toString());
        assertEquals(List.of(Reply.Text.class, Reply.Voice.class), sink.replies().stream().map(Object::getClass).toList());
        assertTrue(sink.lastText().endsWith(ANSWER), sink.lastText());
        assertArrayEquals(spoken("Hallo Lena.", "Wie geht es dir?", "Ich bin Emma."), sink.voices().get(0).clip().oggOpus());
    }

    @Test
    void noAnswerRunsMoreThanTwoSynthesesAtOnce() {
        String answer = "Eins. Zwei. Drei. Vier. Fünf. Sechs.";
        RecordingVoice voice = new RecordingVoice(text -> { }, "");

        RecordingReplySink sink = voiceTurn(new ScriptedChatModel().defaultAnswer(answer), voice);

        assertTrue(voice.mostAtOnce.get() <= 2, "at most two at once, was " + voice.mostAtOnce.get());
        assertEquals(1, sink.voices().size());
        assertArrayEquals(spoken("Eins.", "Zwei.", "Drei.", "Vier.", "Fünf.", "Sechs."), sink.voices().get(0).clip().oggOpus());
    }

    @Test
    void aLongAnswerIsSpokenAsTwoVoiceMessages() {
        String sentence = "Das ist ein ziemlich langer Satz, damit die Antwort mehr als eine Sprachnachricht braucht.";
        String answer = String.join(" ", java.util.Collections.nCopies(8, sentence));

        RecordingReplySink sink = voiceTurn(new ScriptedChatModel().defaultAnswer(answer), new RecordingVoice(text -> { }, ""));

        assertEquals(2, sink.voices().size());
        assertEquals(8 * sentence.length(), sink.voices().stream().mapToInt(v -> v.clip().oggOpus().length).sum());
    }

    @Test
    void aFailedSynthesisGivesTheHonestNoteAndNoVoice() {
        RecordingReplySink sink = voiceTurn(new ScriptedChatModel().defaultAnswer(ANSWER), new RecordingVoice(text -> { }, "Wie geht es dir?"));

        assertEquals(List.of(), sink.voices());
        assertEquals("(I couldn't record a voice reply this time.)", sink.lastText());
        assertTrue(sink.texts().get(0).endsWith(ANSWER), sink.texts().toString());
    }

    @Test
    void anAnswerFromTheResponseCacheIsSpokenFromTheAudioCache() {
        ScriptedChatModel model = new ScriptedChatModel().defaultAnswer(ANSWER);
        RecordingVoice voice = new RecordingVoice(text -> { }, "");
        FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM).file("note", new byte[] {1});
        RecordingReplySink second = new RecordingReplySink();
        try (TutorBot bot = new TutorBotBuilder(model).transcoder(new PassThroughTranscoder()).textToSpeech(voice).build()) {
            bot.connect(telegram).join();
            bot.receive(lena.text("/voice on"), new RecordingReplySink()).join();
            bot.receive(lena.text("m1", "Wie heißt du?"), new RecordingReplySink()).join();
            bot.receive(lena.text("/reset"), new RecordingReplySink()).join();
            events.clear();
            bot.receive(lena.text("m2", "Wie heißt du?"), second).join();
        }

        assertEquals(1, second.voices().size());
        assertEquals(List.of(), events, "nothing synthesised again");
    }
}
