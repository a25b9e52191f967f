package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.TextStream;
import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.testing.CapturedLogs;
import de.sprechstunde.telegram.api.ChatRef;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.FakeFailure;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.outbound.Destination;
import de.sprechstunde.telegram.support.Audio;
import de.sprechstunde.telegram.support.Outbound;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reply sink through the real telegrambots client against the fake Bot API, driven directly. */
class ReplySinkTest {

    private static final long LENA = 4242;

    private final FakeBotApi telegram = new FakeBotApi();
    private Outbound outbound = new Outbound(telegram, Duration.ofMillis(20));

    ReplySinkTest() throws Exception {
    }

    @AfterEach
    void stop() {
        outbound.close();
        telegram.close();
    }

    @Test
    void markupIsSentAsHtmlAndEverythingElseIsEscaped() {
        outbound.sink(LENA).send(Reply.Text.of("Achtung: 3 < 5 & 7 > 2. Das ist *wichtig* und `der Tisch` – _oder_?"));

        RecordedCall sent = telegram.calls("sendMessage").get(0);
        assertTrue("HTML".equalsIgnoreCase(sent.param("parse_mode")), sent.param("parse_mode"));
        assertEquals("Achtung: 3 &lt; 5 &amp; 7 &gt; 2. Das ist <b>wichtig</b> und <code>der Tisch</code> – <i>oder</i>?", sent.text());
        assertEquals(List.of("Achtung: 3 < 5 & 7 > 2. Das ist wichtig und der Tisch – oder?"), telegram.chats().texts(LENA));
    }

    @Test
    void whenTelegramRejectsTheFormattingThePlainTextIsSentInstead() {
        telegram.failNext("sendMessage", FakeFailure.cantParseEntities());

        outbound.sink(LENA).send(Reply.Text.of("Das ist *wichtig*."));

        List<RecordedCall> sent = telegram.calls("sendMessage");
        assertEquals(2, sent.size());
        assertNull(sent.get(1).param("parse_mode"));
        assertEquals(List.of("Das ist wichtig."), telegram.chats().texts(LENA));
    }

    @Test
    void aLongAnswerIsSplitAtParagraphsIntoMessagesUnder4096InOrder() {
        String answer = TextFixtures.germanParagraphs(6000);

        outbound.sink(LENA).send(Reply.Text.of(answer));

        List<String> shown = telegram.chats().texts(LENA);
        assertTrue(shown.size() >= 2, shown.size() + " messages");
        shown.forEach(part -> assertTrue(part.length() <= 4096, part.length() + " characters"));
        assertEquals(TextFixtures.words(answer), TextFixtures.words(String.join("\n\n", shown)));
        assertTrue(shown.get(0).endsWith("."), "the first part ends at a sentence: " + shown.get(0).substring(shown.get(0).length() - 20));
    }

    @Test
    void aStreamEditsOneMessageWithinTheChatsBudgetAndEndsWithTheExactText() throws Exception {
        outbound.close();
        outbound = new Outbound(telegram, Duration.ofSeconds(1));
        TextStream stream = outbound.sink(LENA).stream();
        StringBuilder soFar = new StringBuilder();
        Instant end = Instant.now().plusMillis(3500);
        for (int i = 0; Instant.now().isBefore(end); i++) {
            soFar.append("Wort").append(i).append(' ');
            stream.update(soFar.toString());
            Thread.sleep(50);
        }
        stream.complete(Reply.Text.of(soFar.toString().strip() + "."));

        List<RecordedCall> calls = telegram.calls().stream().filter(c -> c.is("sendMessage") || c.is("editMessageText")).toList();
        assertEquals(1, telegram.calls("sendMessage").size());
        assertTrue(telegram.calls("editMessageText").size() >= 3, calls.size() + " calls");
        // the bucket: a burst of three, then one a second; interim edits keep a token for the final one
        for (int i = 0; i < calls.size(); i++) {
            Instant from = calls.get(i).receivedAt();
            long inOneSecond = calls.stream().filter(c -> !c.receivedAt().isBefore(from) && c.receivedAt().isBefore(from.plusMillis(950))).count();
            assertTrue(inOneSecond <= 3, inOneSecond + " calls within a second from call " + i + ": " + calls);
        }
        for (int i = 2; i < calls.size() - 1; i++) {
            Duration gap = Duration.between(calls.get(i - 1).receivedAt(), calls.get(i).receivedAt());
            assertTrue(gap.toMillis() >= 900, "interim edits " + (i - 1) + " and " + i + " were only " + gap.toMillis() + " ms apart");
        }
        assertEquals(List.of(soFar.toString().strip() + "."), telegram.chats().texts(LENA));
    }

    @Test
    void messageIsNotModifiedIsToleratedWhileStreaming() {
        telegram.failNext("editMessageText", FakeFailure.notModified());
        TextStream stream = outbound.sink(LENA).stream();

        stream.update("Hallo ");
        sleep(40);
        stream.update("Hallo Lena");
        sleep(40);
        stream.complete(Reply.Text.of("Hallo Lena, wie geht's?"));

        assertEquals(1, telegram.calls("sendMessage").size());
        assertEquals(List.of("Hallo Lena, wie geht's?"), telegram.chats().texts(LENA));
    }

    @Test
    void aStreamThatGrowsPast4096ContinuesInANewMessageAndAnAbortReplacesItAll() {
        TextStream stream = outbound.sink(LENA).stream();
        String longText = TextFixtures.germanParagraphs(5000);
        for (int cut = 500; cut <= longText.length(); cut += 500) {
            stream.update(longText.substring(0, cut));
            sleep(30);
        }
        telegram.awaitChat(LENA, texts -> texts.size() == 2);

        stream.abort(Reply.Text.of("Entschuldigung, da ist etwas schiefgegangen."));

        assertEquals(List.of("Entschuldigung, da ist etwas schiefgegangen."), telegram.chats().texts(LENA));
        assertEquals(1, telegram.calls("deleteMessage").size());
    }

    @Test
    void choicesBecomeAnInlineKeyboardUnderTheLastPart() {
        outbound.sink(LENA).send(Reply.Text.withChoices("Wähle:", List.of(new Choice("B1", "/level B1"),
                new Choice("🎭 Beim Bäcker einkaufen", "/mode scenario " + "baeckerei-mit-sehr-langem-namen-".repeat(3)))));

        RecordedCall sent = telegram.calls("sendMessage").get(0);
        var rows = sent.params().path("reply_markup").path("inline_keyboard");
        assertEquals("/level B1", rows.get(0).get(0).path("callback_data").asText());
        String longData = rows.get(1).get(0).path("callback_data").asText();
        assertTrue(longData.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64, longData);
        assertEquals(Optional.of("/mode scenario " + "baeckerei-mit-sehr-langem-namen-".repeat(3)), outbound.keyboards.command(longData));
    }

    @Test
    void workingShowsTypingAndRecordVoiceChatActions() {
        ReplySink sink = outbound.sink(LENA);

        sink.working(Activity.TYPING);
        sink.working(Activity.TYPING);
        sink.working(Activity.RECORDING_VOICE);

        telegram.await("sendChatAction", 2);
        sleep(100);
        // actions are sent side by side, so they may arrive in either order
        List<String> actions = telegram.calls("sendChatAction").stream().map(c -> c.param("action")).sorted().toList();
        assertEquals(List.of("record_voice", "typing"), actions);
    }

    @Test
    void aVoiceReplyIsUploadedAsOggOpusWithItsCaption() throws Exception {
        byte[] ogg = Audio.oggOpusTone();

        outbound.sink(new Destination(new ChatRef(-100777, Optional.of(9)), Optional.of(301)))
                .send(new Reply.Voice(new VoiceClip(ogg, Duration.ofMillis(1000), new byte[0], "Hör gut zu: *Brötchen*")));

        RecordedCall voice = telegram.calls("sendVoice").get(0);
        assertEquals("attach://tutor-voice.ogg", voice.param("voice"));
        assertTrue(Audio.probe(voice.files().get("tutor-voice.ogg")).contains("codec_name=opus"));
        assertEquals("1", voice.param("duration"));
        assertEquals("Hör gut zu: <b>Brötchen</b>", voice.param("caption"));
        assertEquals("9", voice.param("message_thread_id"));
        assertEquals("301", voice.params().path("reply_parameters").path("message_id").asText());
    }

    @Test
    void aCaptionOver1024CharactersFollowsTheVoiceAsText() throws Exception {
        String caption = TextFixtures.germanParagraphs(1500);

        outbound.sink(LENA).send(new Reply.Voice(new VoiceClip(Audio.oggOpusTone(), Duration.ofMillis(1000), new byte[0], caption)));

        assertNull(telegram.calls("sendVoice").get(0).param("caption"));
        assertEquals(TextFixtures.words(caption), TextFixtures.words(telegram.chats().texts(LENA).get(1)));
    }

    @Test
    void tooManyRequestsPausesTheChatForRetryAfterAndTheReplyArrivesOnce() {
        telegram.failNext("sendMessage", FakeFailure.tooManyRequests(2));

        outbound.sink(LENA).send(Reply.Text.of("Guten Morgen!"));

        List<RecordedCall> sent = telegram.calls("sendMessage");
        assertEquals(2, sent.size());
        Duration gap = Duration.between(sent.get(0).receivedAt(), sent.get(1).receivedAt());
        assertTrue(gap.toMillis() >= 2000, "retried after only " + gap.toMillis() + " ms");
        assertEquals(List.of("Guten Morgen!"), telegram.chats().texts(LENA));
    }

    @Test
    void aChatThatBlockedTheBotIsLoggedOnceAndNotSentToAgain() {
        telegram.failNext("sendMessage", FakeFailure.blocked());
        try (CapturedLogs logs = CapturedLogs.everything()) {
            ReplySink sink = outbound.sink(LENA);

            sink.send(Reply.Text.of(TextFixtures.germanParagraphs(6000)));
            sink.working(Activity.TYPING);
            TextStream stream = sink.stream();
            stream.update("Hallo");
            stream.complete(Reply.Text.of("Hallo Lena"));

            assertEquals(1, telegram.calls("sendMessage").size());
            assertEquals(0, telegram.calls("sendChatAction").size() + telegram.calls("editMessageText").size());
            assertEquals(1, logs.lines().stream().filter(line -> line.startsWith("WARN") && line.contains("refuses messages")).count(), logs.lines().toString());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
