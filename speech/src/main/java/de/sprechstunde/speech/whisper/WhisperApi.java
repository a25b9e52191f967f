package de.sprechstunde.speech.whisper;

/** Which HTTP API the Whisper server speaks ({@code WHISPER_API}). */
public enum WhisperApi {
    /** whisper-asr-webservice: {@code POST /asr}, file part {@code audio_file}, options in the query. */
    ASR,
    /** OpenAI-compatible servers (speaches, faster-whisper-server): {@code POST /v1/audio/transcriptions}. */
    OPENAI
}
