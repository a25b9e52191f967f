package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.Turn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Chooses which recent turns fit the model's context: the newest first, until the character
 * budget (about four characters per token) is spent. Older turns are dropped, never cut in half,
 * except a single newest turn that alone exceeds the budget.
 */
public final class ConversationMemory {

    private final int budgetChars;

    public ConversationMemory(int budgetChars) {
        if (budgetChars <= 0) {
            throw new IllegalArgumentException("budgetChars must be positive");
        }
        this.budgetChars = budgetChars;
    }

    /** The newest turns that fit, oldest first. */
    public List<Turn> fit(List<Turn> turns) {
        Deque<Turn> kept = new ArrayDeque<>();
        int used = 0;
        for (int i = turns.size() - 1; i >= 0; i--) {
            Turn turn = turns.get(i);
            int length = turn.text().length();
            if (used + length > budgetChars) {
                if (kept.isEmpty()) {
                    kept.addFirst(new Turn(turn.speaker(), turn.text().substring(length - budgetChars), turn.at()));
                }
                break;
            }
            kept.addFirst(turn);
            used += length;
        }
        return List.copyOf(kept);
    }
}
