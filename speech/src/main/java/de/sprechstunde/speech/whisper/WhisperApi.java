package de.sprechstunde.speech.whisper;

import java.util.Locale;

/** Which HTTP API the Whisper server speaks ({@code WHISPER_API}). */
public enum WhisperApi {
    /** whisper-asr-webservice: {@code POST /asr}, file part {@code audio_file}, options in the query. */
    ASR,
    /** OpenAI-compatible servers (speaches, faster-whisper-server): {@code POST /v1/audio/transcriptions}. */
    OPENAI;

    /** {@code asr} or {@code openai}, any case. */
    public static WhisperApi parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "asr" -> ASR;
            case "openai" -> OPENAI;
            default -> throw new IllegalArgumentException("must be asr or openai, not '" + value + "'");
        };
    }
}
