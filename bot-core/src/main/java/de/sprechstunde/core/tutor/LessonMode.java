package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.LearnerProfile;

/** How the tutor answers a learner's words in one mode (conversation, scenario, drill). */
public interface LessonMode {

    /**
     * Answers one learner turn.
     *
     * @return the learner's profile as it stands after the turn (modes advance their state)
     */
    LearnerProfile play(TurnContext turn);
}
