package de.sprechstunde.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.InMemoryMessageLedger;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.PendingMessage;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.TextToSpeech;
import de.sprechstunde.core.port.Transcript;
import de.sprechstunde.core.testing.FakeChatPlatform;
import de.sprechstunde.core.testing.GatedChatModel;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.PassThroughTranscoder;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.core.testing.ScriptedGrammarChecker;
import de.sprechstunde.core.port.ChatModel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A turn sends one text message: a voice note's transcript and the corrections lead it, the answer
 * streams into it after them; the voice reply follows as one voice message. Exactly-once delivery
 * holds for the combined message.
 */
class OneMessagePerTurnTest {

    private static final String SAID = "Gestern ich bin ins Kino gegangen.";
    private static final String ANSWER = "Schön! Was hast du gesehen?";
    private static final String TRANSCRIPT = "🎤 _" + SAID + "_";
    private static final String CORRECTION = "✏️ „Gestern ich bin“ → „*Gestern bin ich*“ — Scripted word-order rule.";

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:05Z");
    private final InMemoryMessageLedger ledger = new InMemoryMessageLedger(Duration.ofDays(1), 1000, clock);
    private final ScriptedGrammarChecker checker = new ScriptedGrammarChecker()
            .finds(SAID, ScriptedGrammarChecker.rule(SAID, "Gestern ich bin", "Gestern bin ich", "word-order"));
    private final Messages lena = Messages.lena();
    private final TextToSpeech voice = new TextToSpeech() {
        @Override
        public PcmAudio synthesize(String text, SpeakingRate rate) {
            return new PcmAudio(text.getBytes(StandardCharsets.UTF_8), 22_050, 1);
        }

        @Override
        public String voiceName() {
            return "test-voice";
        }
    };

    private TutorBot bot(ChatModel model) {
        return new TutorBotBuilder(model).grammar(checker).ledger(ledger).clock(clock).transcoder(new PassThroughTranscoder())
                .speechToText(wav -> new Transcript(SAID, "de", List.of(), Duration.ofSeconds(3))).textToSpeech(voice).build();
    }

    private IncomingMessage voiceNote() {
        return lena.voice("note-1", Duration.ofSeconds(3), 10);
    }

    private static FakeChatPlatform telegram() {
        return new FakeChatPlatform(Platform.TELEGRAM).file("note-1", new byte[] {1, 2, 3});
    }

    @Test
    void aTextTurnWithACorrectionIsOneMessageTheAnswerStreamedAfterTheCorrection() {
        RecordingReplySink sink = new RecordingReplySink();
        try (TutorBot bot = bot(new ScriptedChatModel().defaultAnswer(ANSWER))) {
            bot.receive(lena.text(SAID), sink).join();
        }

        assertEquals(List.of(Reply.Text.of(CORRECTION + "\n\n" + ANSWER)), sink.replies());
        assertEquals(CORRECTION, sink.streamUpdates().get(0), "the correction is shown before the answer streams");
        assertTrue(sink.streamUpdates().stream().allMatch(update -> update.startsWith(CORRECTION)), sink.streamUpdates().toString());
    }

    @Test
    void aVoiceTurnIsTheTranscriptCorrectionAndAnswerInOneMessageThenOneVoiceMessage() {
        RecordingReplySink sink = new RecordingReplySink();
        try (TutorBot bot = bot(new ScriptedChatModel().defaultAnswer(ANSWER))) {
            bot.connect(telegram()).join();
            bot.receive(lena.text("/voice on"), new RecordingReplySink()).join();
            bot.receive(voiceNote(), sink).join();
        }

        assertEquals(2, sink.replies().size(), sink.replies().toString());
        assertEquals(Reply.Text.of(TRANSCRIPT + "\n\n" + CORRECTION + "\n\n" + ANSWER), sink.replies().get(0));
        assertInstanceOf(Reply.Voice.class, sink.replies().get(1));
        assertEquals(TRANSCRIPT, sink.streamUpdates().get(0), "the transcript is shown at once");
    }

    @Test
    void aCombinedMessageThePlatformDidNotTakeIsKeptWholeAndDeliveredOnceWithTheVoiceBehindIt() {
        try (TutorBot bot = bot(new ScriptedChatModel().defaultAnswer(ANSWER))) {
            bot.connect(telegram()).join();
            bot.receive(lena.text("/voice on"), new RecordingReplySink()).join();
            bot.receive(voiceNote(), new RecordingReplySink().unavailableFor(1)).join();
        }
        List<PendingMessage> pending = ledger.pending(Platform.TELEGRAM);
        assertEquals(1, pending.size());
        assertEquals(Reply.Text.of(TRANSCRIPT + "\n\n" + CORRECTION + "\n\n" + ANSWER), pending.get(0).undelivered().get(0));
        assertInstanceOf(Reply.Voice.class, pending.get(0).undelivered().get(1));

        FakeChatPlatform telegram = telegram();
        try (TutorBot restarted = bot(new ScriptedChatModel().defaultAnswer(ANSWER))) {
            restarted.connect(telegram).join();
        }

        assertEquals(List.of(TRANSCRIPT + "\n\n" + CORRECTION + "\n\n" + ANSWER), telegram.replaySink().texts());
        assertEquals(1, telegram.replaySink().voices().size());
        assertTrue(ledger.pending(Platform.TELEGRAM).isEmpty());
    }

    @Test
    void aReplayAfterACrashFinishesTheAnswerInTheMessageTheTranscriptWasShownIn() throws Exception {
        GatedChatModel hanging = new GatedChatModel(ANSWER);
        TutorBot crashed = bot(hanging);
        try {
            crashed.connect(telegram()).join();
            CompletableFuture<?> turn = crashed.receive(voiceNote(), new RecordingReplySink().streamsShownAs("m1"));
            hanging.awaitStarted();
            assertEquals(List.of("m1"), ledger.pending(Platform.TELEGRAM).get(0).showing(), "the transcript's message is recorded");

            FakeChatPlatform telegram = telegram();
            try (TutorBot restarted = bot(new ScriptedChatModel().defaultAnswer(ANSWER))) {
                restarted.connect(telegram).join();
            }

            assertEquals(List.of(List.of("m1")), telegram.replaySink().takenOver(), "the replay edits the message the first attempt left");
            assertEquals(List.of(TRANSCRIPT + "\n\n" + CORRECTION + "\n\n" + ANSWER), telegram.replaySink().texts());
            hanging.release();
            turn.join();
        } finally {
            crashed.close();
        }
    }
}
