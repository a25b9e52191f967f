package de.sprechstunde.core.learning;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.PersonalData;

/** Lets {@code /forget} delete the learner's cards. */
public final class CardErasure implements PersonalData {

    private final CardStore cards;

    public CardErasure(CardStore cards) {
        this.cards = cards;
    }

    @Override
    public String description() {
        return "cards";
    }

    @Override
    public long erase(LearnerId learner) {
        return cards.delete(learner);
    }
}
