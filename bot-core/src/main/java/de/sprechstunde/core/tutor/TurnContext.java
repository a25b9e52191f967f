package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.port.Transcript;
import java.util.Objects;
import java.util.Optional;

/**
 * One learner turn on its way through the pipeline, after the learner's words are known.
 *
 * @param message    what arrived
 * @param profile    the learner's profile as loaded for this turn
 * @param sink       where replies go; the lead of the turn's message (transcript, corrections) goes there too
 * @param text       the learner's words: the text, or a voice note's transcript
 * @param transcript the transcript when the turn was spoken
 * @param admin      whether the sender is an admin
 */
public record TurnContext(
        IncomingMessage message, LearnerProfile profile, TurnSink sink, String text,
        Optional<Transcript> transcript, boolean admin) {

    public TurnContext {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(transcript, "transcript");
    }

    public boolean spoken() {
        return transcript.isPresent();
    }

    public TutorTexts texts() {
        return new TutorTexts(profile.explanations());
    }

    public TurnContext withProfile(LearnerProfile newProfile) {
        return new TurnContext(message, newProfile, sink, text, transcript, admin);
    }
}
