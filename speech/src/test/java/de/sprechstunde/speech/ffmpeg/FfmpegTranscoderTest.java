package de.sprechstunde.speech.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.VoiceClipEncoder;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.speech.audio.WavFile;
import de.sprechstunde.speech.testing.AudioFacts;
import de.sprechstunde.speech.testing.GermanSpeech;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FfmpegTranscoderTest {

    private static final String PHRASE = "Ich möchte zwei Brötchen, bitte.";

    @TempDir
    static Path scratch;

    private static FfmpegTranscoder transcoder;

    @BeforeAll
    static void start() throws IOException {
        transcoder = FfmpegTranscoder.start(settings());
    }

    @AfterAll
    static void stop() {
        transcoder.close();
    }

    @AfterEach
    void noTemporaryFileIsLeftBehind() throws IOException {
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(0, left.count(), "temporary audio files were left behind");
        }
    }

    private static FfmpegSettings settings() {
        return new FfmpegSettings("ffmpeg", "ffprobe", Duration.ofSeconds(60), 20L * 1024 * 1024, Duration.ofSeconds(60), scratch);
    }

    static Stream<Arguments> incomingFormats() {
        return Stream.of(
                Arguments.of("OGG/Opus", (Function<String, byte[]>) GermanSpeech::oggOpus),
                Arguments.of("MP3", (Function<String, byte[]>) GermanSpeech::mp3),
                Arguments.of("M4A", (Function<String, byte[]>) GermanSpeech::m4a),
                Arguments.of("WAV", (Function<String, byte[]>) GermanSpeech::wav));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incomingFormats")
    void germanSpeechInAnyFormatBecomesSixteenKilohertzMonoWav(String name, Function<String, byte[]> format) throws Exception {
        byte[] note = format.apply(PHRASE);
        double spoken = AudioFacts.of(GermanSpeech.wav(PHRASE)).seconds();

        byte[] wav = transcoder.toRecognizerWav(note);

        AudioFacts facts = AudioFacts.of(wav);
        assertEquals("wav", facts.container(), name);
        assertEquals("pcm_s16le", facts.codec(), name);
        assertEquals(16_000, facts.sampleRate(), name);
        assertEquals(1, facts.channels(), name);
        assertEquals(spoken, facts.seconds(), 0.15, name + ": duration");
        WavFile parsed = WavFile.parse(wav);
        assertEquals(16_000, parsed.sampleRate());
        assertEquals(1, parsed.channels());
    }

    @Test
    void synthesisedSpeechBecomesAnOggOpusVoiceMessage() throws Exception {
        PcmAudio speech = WavFile.parse(GermanSpeech.wav(PHRASE)).toPcm();

        VoiceClip clip = transcoder.toVoiceClip(speech);

        AudioFacts facts = AudioFacts.of(clip.oggOpus());
        assertEquals("ogg", facts.container());
        assertEquals("opus", facts.codec());
        assertEquals(48_000, facts.sampleRate());
        assertEquals(1, facts.channels());
        assertEquals(speech.duration().toMillis() / 1000.0, facts.seconds(), 0.1);
        assertEquals(speech.duration(), clip.duration());
        assertEquals(256, clip.waveform().length);
        assertTrue(maxOf(clip.waveform()) == 255, "the loudest bar is full height");
    }

    @Test
    void aVoiceNoteIsProbedForItsDuration() throws Exception {
        Path file = scratch.resolve("probe-me.ogg");
        Files.write(file, GermanSpeech.oggOpus(PHRASE));
        try {
            ProbedAudio probed = transcoder.probe(file).orElseThrow();

            assertEquals("ogg", probed.container());
            assertEquals("opus", probed.codec());
            assertEquals(AudioFacts.of(GermanSpeech.wav(PHRASE)).seconds(), probed.duration().orElseThrow().toMillis() / 1000.0, 0.1);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void slowerSpeechLastsLongerAtTheSameRate() throws Exception {
        PcmAudio speech = WavFile.parse(GermanSpeech.wav("Brötchen")).toPcm();

        PcmAudio slow = transcoder.slower(speech, 0.75);

        assertEquals(speech.sampleRate(), slow.sampleRate());
        assertEquals(speech.duration().toMillis() / 0.75, slow.duration().toMillis(), 60);
    }

    @Test
    void corruptAudioIsATypedError() {
        byte[] garbage = new byte[4096];
        Arrays.fill(garbage, (byte) 0x5a);
        byte[] truncated = Arrays.copyOf(GermanSpeech.oggOpus(PHRASE), 60);

        for (byte[] bad : new byte[][] {garbage, truncated, new byte[0]}) {
            SpeechException e = assertThrows(SpeechException.class, () -> transcoder.toRecognizerWav(bad));
            assertEquals(SpeechException.Kind.CORRUPT_AUDIO, e.kind(), e.getMessage());
        }
    }

    @Test
    void anOverLongVoiceNoteIsRefusedWithTheLengthTheOneDecodingRunReadFromIt() throws Exception {
        try (FfmpegTranscoder strict = FfmpegTranscoder.start(settings().withLimits(Duration.ofSeconds(5), 20L * 1024 * 1024))) {
            SpeechException e = assertThrows(SpeechException.class, () -> strict.toRecognizerWav(GermanSpeech.longOggOpus(8)));
            assertEquals(SpeechException.Kind.TOO_LONG, e.kind());
            // the file states 8 s; decoding stopped at the limit plus a second
            assertEquals(8.0, e.measuredDuration().orElseThrow().toMillis() / 1000.0, 0.1);
        }
    }

    @Test
    void speechAppendedSentenceBySentenceBecomesOneOggOpusVoiceMessage() throws Exception {
        PcmAudio first = WavFile.parse(GermanSpeech.wav("Guten Morgen.")).toPcm();
        PcmAudio second = WavFile.parse(GermanSpeech.wav(PHRASE)).toPcm();

        VoiceClip clip;
        try (VoiceClipEncoder encoder = transcoder.startVoiceClip()) {
            encoder.append(first);
            encoder.append(second);
            clip = encoder.finish();
        }

        AudioFacts facts = AudioFacts.of(clip.oggOpus());
        assertEquals("ogg", facts.container());
        assertEquals("opus", facts.codec());
        assertEquals(48_000, facts.sampleRate());
        assertEquals(1, facts.channels());
        double both = (first.duration().toMillis() + second.duration().toMillis()) / 1000.0;
        assertEquals(both, facts.seconds(), 0.1);
        assertEquals(both, clip.duration().toMillis() / 1000.0, 0.01);
        assertEquals(256, clip.waveform().length);
    }

    @Test
    void aVoiceMessageDroppedBeforeItsEndLeavesNoFileBehind() throws Exception {
        VoiceClipEncoder encoder = transcoder.startVoiceClip();
        encoder.append(WavFile.parse(GermanSpeech.wav(PHRASE)).toPcm());

        encoder.close();

        SpeechException e = assertThrows(SpeechException.class, encoder::finish);
        assertEquals(SpeechException.Kind.UNAVAILABLE, e.kind());
    }

    @Test
    void anOverLargeFileIsRefusedWithoutRunningFfmpeg() throws Exception {
        byte[] note = GermanSpeech.oggOpus(PHRASE);
        try (FfmpegTranscoder strict = FfmpegTranscoder.start(settings().withLimits(Duration.ofSeconds(60), note.length - 1))) {
            SpeechException e = assertThrows(SpeechException.class, () -> strict.toRecognizerWav(note));
            assertEquals(SpeechException.Kind.TOO_LARGE, e.kind());
        }
    }

    @Test
    void aRunOverItsDeadlineIsKilledAndReportedAsTimeout() throws Exception {
        // no process can even start within a millisecond
        try (FfmpegTranscoder hasty = FfmpegTranscoder.start(settings().withTimeout(Duration.ofMillis(1)))) {
            SpeechException e = assertThrows(SpeechException.class, () -> hasty.toRecognizerWav(GermanSpeech.oggOpus(PHRASE)));
            assertEquals(SpeechException.Kind.TIMEOUT, e.kind());
        }
    }

    @Test
    void aMissingFfmpegIsReportedWithItsPath() {
        FfmpegSettings missing = new FfmpegSettings("/nowhere/ffmpeg", "ffprobe", Duration.ofSeconds(60), 1024, Duration.ofSeconds(5), scratch);

        IOException e = assertThrows(IOException.class, () -> FfmpegTranscoder.start(missing));

        assertTrue(e.getMessage().contains("/nowhere/ffmpeg"), e.getMessage());
    }

    private static int maxOf(byte[] bars) {
        int max = 0;
        for (byte bar : bars) {
            max = Math.max(max, Byte.toUnsignedInt(bar));
        }
        return max;
    }
}
