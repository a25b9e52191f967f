package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.testing.FixedTranscriber;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VoiceLimitsTest {

    private static final long LENA = 4242;

    private final FixedTranscriber speech = FixedTranscriber.hearing("Hallo");
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
    void aVoiceNoteOver20MegabytesIsRefusedBeforeAnyDownload() {
        harness.telegram.enqueue(Updates.of("private-voice").set("message.voice.file_size", 21L * 1024 * 1024).node());

        List<String> shown = harness.telegram.awaitChat(LENA, texts -> texts.size() == 1);

        assertTrue(shown.get(0).contains("too large"), shown.get(0));
        assertEquals(0, harness.telegram.calls("getFile").size() + harness.telegram.calls("file").size());
    }

    @Test
    void aVoiceNoteLongerThanTheMaximumIsRefusedBeforeAnyDownload() {
        harness.telegram.enqueue(Updates.of("private-voice").set("message.voice.duration", 61).node());

        List<String> shown = harness.telegram.awaitChat(LENA, texts -> texts.size() == 1);

        assertTrue(shown.get(0).contains("61 s") && shown.get(0).contains("60 s"), shown.get(0));
        assertEquals(0, harness.telegram.calls("getFile").size() + harness.telegram.calls("file").size());
    }

    @Test
    void aFileThatTurnsOutOver20MegabytesIsNotDownloaded() {
        harness.telegram.vanishedFile("BQACAgIAAxkBAAIG", "documents/file_3.mp3", 25L * 1024 * 1024);

        harness.telegram.enqueue(Updates.of("private-document").set("message.document.mime_type", "audio/mpeg")
                .set("message.document.file_name", "lang.mp3").node());

        List<String> shown = harness.telegram.awaitChat(LENA, texts -> texts.size() == 1);
        assertEquals(1, harness.telegram.calls("getFile").size());
        assertEquals(0, harness.telegram.calls("file").size());
        assertTrue(speech.heard().isEmpty());
        assertTrue(shown.get(0).contains("too large for me (25 MB)") && shown.get(0).contains("at most 20 MB"), shown.get(0));
    }

    @Test
    void theSizeTelegramReportsBeatsTheSizeTheUpdateClaimed() {
        harness.telegram.vanishedFile("AwACAgIAAxkBAAIB", "voice/file_9.oga", 100L * 1024 * 1024);

        harness.telegram.enqueue(Updates.of("private-voice").set("message.voice.file_size", 4000).node());

        List<String> shown = harness.telegram.awaitChat(LENA, texts -> texts.size() == 1);
        assertEquals(0, harness.telegram.calls("file").size());
        assertTrue(shown.get(0).contains("too large for me (100 MB)") && shown.get(0).contains("up to 60 s"), shown.get(0));
        assertTrue(!shown.get(0).contains("send it again"), "sending it again cannot help: " + shown.get(0));
    }

    @Test
    void aFailedDownloadGetsAnHonestReplyInsteadOfSilence() {
        harness.telegram.vanishedFile("AwACAgIAAxkBAAIB", "voice/file_9.oga", 12345);

        harness.telegram.enqueue(Updates.of("private-voice").node());

        List<String> shown = harness.telegram.awaitChat(LENA, texts -> texts.size() == 1);
        assertEquals(1, harness.telegram.calls("file").size());
        assertTrue(speech.heard().isEmpty());
        assertTrue(shown.get(0).contains("couldn't fetch your voice note"), shown.get(0));
    }
}
