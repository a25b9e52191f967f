package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.testing.FixedTranscriber;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncomingUpdatesTest {

    private static final long LENA = 4242;
    private static final long GROUP = -1001234567890L;

    private final FixedTranscriber speech = FixedTranscriber.hearing("Ich habe gestern Brot gekauft.");
    private TelegramHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new TelegramHarness().startHearing(speech);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aCommandWithTheBotsNameWorksInAGroupAndQuotesTheLearner() {
        harness.telegram.enqueue(Updates.of("group-command").node());

        harness.telegram.awaitChat(GROUP, texts -> texts.stream().anyMatch(text -> text.contains("B2")));

        RecordedCall reply = harness.telegram.calls("sendMessage").get(0);
        assertEquals(GROUP, reply.chatId());
        assertEquals("302", reply.params().path("reply_parameters").path("message_id").asText());
    }

    @Test
    void groupChatterServiceMessagesAndCommandsForOtherBotsAreIgnoredButMentionsAreAnswered() {
        harness.model.answer("Man sagt: die Katze.");
        harness.telegram.enqueue(Updates.of("group-command-other-bot").node());
        harness.telegram.enqueue(Updates.of("group-chatter").node());
        harness.telegram.enqueue(Updates.of("group-new-member").node());
        harness.telegram.enqueue(Updates.of("group-mention").node());

        List<String> shown = harness.telegram.awaitChat(GROUP, texts -> texts.contains("Man sagt: die Katze."));

        assertEquals(List.of("Man sagt: die Katze."), shown);
        assertEquals(1, harness.model.requests().size());
        assertEquals("<learner>wie sagt man cat?</learner>", lastLearnerText());
    }

    @Test
    void aReplyToTheBotInAGroupIsAnswered() {
        harness.model.answer("Man sagt: der Hund.");

        harness.telegram.enqueue(Updates.of("group-reply").node());

        harness.telegram.awaitChat(GROUP, texts -> texts.contains("Man sagt: der Hund."));
        assertEquals("<learner>Und wie sagt man dog?</learner>", lastLearnerText());
    }

    @Test
    void stickersPhotosDocumentsAndLocationsGetAShortHelpfulReply() {
        for (String kind : List.of("sticker", "photo", "document", "location")) {
            harness.telegram.enqueue(Updates.of("private-" + kind).node());
        }

        List<String> shown = harness.telegram.awaitChat(LENA, texts -> texts.size() == 4);

        assertTrue(shown.get(0).contains("sticker"), shown.toString());
        assertTrue(shown.get(1).contains("photo"), shown.toString());
        assertTrue(shown.get(2).contains("document"), shown.toString());
        assertTrue(shown.get(3).contains("location"), shown.toString());
        assertEquals(0, harness.model.requests().size());
    }

    @Test
    void anEditedMessageIsDeliberatelyIgnored() {
        harness.model.answer("Schön, dich zu sehen!");
        harness.telegram.enqueue(Updates.of("private-edited").node());
        harness.telegram.enqueue(Updates.of("private-text").set("message.message_id", 19).node());

        List<String> shown = harness.telegram.awaitChat(LENA, texts -> texts.contains("Schön, dich zu sehen!"));

        assertEquals(1, shown.size());
        assertEquals(1, harness.model.requests().size());
        assertEquals("<learner>Hallo!</learner>", lastLearnerText());
    }

    @Test
    void aVoiceNoteIsDownloadedFromTheConfiguredApiUrlAndTranscribed() {
        byte[] audio = "OggS fake voice bytes".getBytes(StandardCharsets.UTF_8);
        harness.telegram.file("AwACAgIAAxkBAAIB", "voice/file_0.oga", audio);
        harness.model.answer("Sehr gut! Was für Brot?");

        harness.telegram.enqueue(Updates.of("private-voice").node());

        // the transcript leads the answer's message
        harness.telegram.awaitChat(LENA, texts -> texts.contains("🎤 Ich habe gestern Brot gekauft.\n\nSehr gut! Was für Brot?"));
        assertArrayEquals(audio, speech.heard().get(0));
        assertEquals("AwACAgIAAxkBAAIB", harness.telegram.calls("getFile").get(0).param("file_id"));
        assertEquals("voice/file_0.oga", harness.telegram.calls("file").get(0).param("path"));
        assertEquals("<learner>Ich habe gestern Brot gekauft.</learner>", lastLearnerText());
    }

    @Test
    void anAudioFileIsHeardLikeAVoiceNote() {
        harness.telegram.file("CQACAgIAAxkBAAIC", "music/file_7.mp3", new byte[] {1, 2, 3});
        harness.model.answer("Toll!");

        harness.telegram.enqueue(Updates.of("private-audio").node());

        harness.telegram.awaitChat(LENA, texts -> texts.stream().anyMatch(text -> text.startsWith("🎤 ") && text.endsWith("\n\nToll!")));
        assertArrayEquals(new byte[] {1, 2, 3}, speech.heard().get(0));
    }

    private String lastLearnerText() {
        List<ChatMessage> messages = harness.model.lastRequest().messages();
        return messages.get(messages.size() - 1).content();
    }
}
