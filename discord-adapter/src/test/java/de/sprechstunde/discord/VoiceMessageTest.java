package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.sprechstunde.core.testing.FixedTranscriber;
import de.sprechstunde.core.testing.PassThroughTranscoder;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.RecordedRequest;
import de.sprechstunde.discord.testing.GermanVoiceNote;
import de.sprechstunde.discord.testing.SilentVoice;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class VoiceMessageTest extends OneRigPerClass {

    private static final String SAID = "Ich habe gestern Brot gekauft.";

    private final byte[] voiceNote = GermanVoiceNote.oggOpus(SAID);
    private final FixedTranscriber whisper = FixedTranscriber.hearingOnlyOgg(SAID);

    @Override
    protected DiscordRig startRig() {
        return DiscordRig.start(builder -> builder.speechToText(whisper).textToSpeech(new SilentVoice())
                .transcoder(new PassThroughTranscoder(voiceNote)));
    }

    @Test
    void aVoiceMessageIsDownloadedTranscribedAndAnswered() {
        String channel = FakeDiscord.nextId();
        rig.model.answer("Toll! Was für ein Brot hast du gekauft?");

        rig.discord.voiceMessage(channel, "4646", "voice-message-4646.ogg", voiceNote, 2.4);

        rig.await("POST", "channels/" + channel + "/messages", r -> r.content().contains(SAID));
        // the answer is added to the transcript's message by an edit: one message for the turn
        rig.rest().await(r -> r.method().equals("PATCH") && r.path().startsWith("channels/" + channel + "/messages/")
                && r.content().equals("🎤 _" + SAID + "_\n\nToll! Was für ein Brot hast du gekauft?"), DiscordRig.WAIT);
        assertEquals(1, rig.rest().requests("POST", "channels/" + channel + "/messages").size());
        assertEquals(1, rig.rest().requests("GET", "attachments/voice-message-4646.ogg").size());
        assertTrue(whisper.heard().stream().anyMatch(bytes -> java.util.Arrays.equals(bytes, voiceNote)),
                "the recogniser got the bytes Discord served");
        assertTrue(rig.rest().requests("GET", "attachments/.*").get(0).headers().get("authorization") == null);
    }

    @Test
    void aVoiceMessageOverTheLengthLimitIsRefusedWithoutDownloadingIt() {
        String channel = FakeDiscord.nextId();

        rig.discord.voiceMessage(channel, "4848", "voice-message-long.ogg", voiceNote, 95.0);

        RecordedRequest reply = rig.await("POST", "channels/" + channel + "/messages", r -> true);
        assertTrue(reply.content().contains("95 s"), reply.content());
        assertEquals(0, rig.rest().requests("GET", "attachments/voice-message-long.ogg").size());
    }

    @Test
    void aVoiceMessageWhoseFileIsGoneGetsAnHonestReply() {
        String channel = FakeDiscord.nextId();
        rig.discord.voiceMessageNotServed(channel, "4949", "voice-message-gone.ogg", voiceNote, 2.0);

        RecordedRequest reply = rig.await("POST", "channels/" + channel + "/messages", r -> true);

        assertTrue(reply.content().contains("couldn't fetch your voice note"), reply.content());
        assertEquals(1, rig.rest().requests("GET", "attachments/voice-message-gone.ogg").size());
    }

    @Test
    void voiceRepliesAreRealDiscordVoiceMessages() {
        String channel = FakeDiscord.nextId();
        rig.discord.directMessage(channel, "4747", "/voice on");
        rig.await("POST", "channels/" + channel + "/messages", r -> r.content().contains("Voice replies are on"));
        rig.model.answer("Guten Abend!");

        rig.discord.directMessage(channel, "4747", "Guten Abend");

        RecordedRequest upload = rig.await("POST", "channels/" + channel + "/messages", r -> !r.parts().isEmpty());
        JsonNode payload = upload.json();
        assertEquals(8192, payload.path("flags").asInt() & 8192, payload.toString());
        assertFalse(payload.hasNonNull("content") && !payload.path("content").asText().isEmpty(), "no text with a voice message");
        assertEquals(1, payload.path("attachments").size());
        JsonNode attachment = payload.path("attachments").get(0);
        assertEquals(2.3, attachment.path("duration_secs").asDouble(), 0.001);
        assertEquals(40, Base64.getDecoder().decode(attachment.path("waveform").asText()).length);
        RecordedRequest.Part file = upload.part("files[0]").orElseThrow();
        assertEquals("voice-message.ogg", file.filename());
        assertEquals("audio/ogg", file.contentType());
        assertArrayEquals(voiceNote, file.body());
        assertEquals(2, upload.parts().size(), "payload_json and the one file, nothing else");
    }
}
