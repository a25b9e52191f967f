package de.sprechstunde.deploy.config;

import de.sprechstunde.speech.SpeechEnvironment;
import de.sprechstunde.speech.SpeechSettings;

/** Reads WHISPER_*, PIPER_*, FFMPEG_*, ESPEAK_PATH and the voice limits (docs/speech.md). */
final class SpeechConfig {

    private SpeechConfig() {
    }

    static SpeechSettings read(Env env) {
        return Validated.settings(() -> SpeechEnvironment.read(env.values()));
    }
}
