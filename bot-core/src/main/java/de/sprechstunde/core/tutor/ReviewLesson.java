package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.learning.Reviews;

/** A review session's turn: the learner's words answer the card asked (or rate it). */
public final class ReviewLesson implements LessonMode {

    private final Reviews reviews;

    public ReviewLesson(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public LearnerProfile play(TurnContext turn) {
        LearnerProfile learner = turn.profile();
        return reviews.answer(learner, (TutorMode.Review) learner.mode(), turn.text(), turn.sink());
    }
}
