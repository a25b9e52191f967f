package de.sprechstunde.speech.testing;

import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.speech.SpeechBackend;

/** Hands the speech adapters to a test's bot the way the composition root does. */
public final class SpeechWiring {

    private SpeechWiring() {
    }

    public static TutorBotBuilder applyTo(SpeechBackend speech, TutorBotBuilder builder) {
        builder.transcoder(speech.transcoder());
        speech.speechToText().ifPresent(builder::speechToText);
        speech.textToSpeech().ifPresent(builder::textToSpeech);
        return builder;
    }
}
