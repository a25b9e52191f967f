package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.learning.CardKind;
import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.port.ProgressStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the tutor should weave into a conversation: the learner's two most frequent mistake
 * categories (over the stored days) and a few words due for review. Reading it never fails a
 * turn: a store error gives no focus.
 */
public final class LearnerFocus {

    /** How many due words the prompt names. */
    static final int DUE_WORDS = 3;
    private static final int CATEGORIES = 2;
    private static final Logger log = LoggerFactory.getLogger(LearnerFocus.class);

    /**
     * @param weakCategories readable names of the most frequent mistake categories, most frequent first
     * @param dueWords       words due for review, as the card answers them (der Bahnhof, ist gegangen)
     */
    public record Focus(List<String> weakCategories, List<String> dueWords) {
        public static final Focus NONE = new Focus(List.of(), List.of());

        public Focus {
            weakCategories = List.copyOf(weakCategories);
            dueWords = List.copyOf(dueWords);
        }
    }

    private final ProgressStore progress;
    private final CardStore cards;
    private final Clock clock;

    public LearnerFocus(ProgressStore progress, CardStore cards, Clock clock) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.clock = clock;
    }

    public Focus of(LearnerId learner) {
        try {
            Map<String, Long> totals = new HashMap<>();
            progress.load(learner).mistakesByDay().values().forEach(day -> day.forEach((k, v) -> totals.merge(k, v, Long::sum)));
            List<String> weak = totals.entrySet().stream()
                    .filter(e -> !MistakeCategory.OTHER.key().equals(e.getKey()))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(CATEGORIES)
                    .map(e -> MistakeCategory.displayName(e.getKey(), ExplanationLanguage.ENGLISH))
                    .toList();
            List<String> due = cards.due(learner, clock.instant(), 20).stream()
                    .filter(c -> c.kind() == CardKind.NOUN || c.kind() == CardKind.VERB || c.kind() == CardKind.WORD)
                    .map(LearnerFocus::word)
                    .limit(DUE_WORDS)
                    .toList();
            return new Focus(weak, due);
        } catch (RuntimeException e) {
            log.warn("could not read the learner's focus; the prompt goes without it: {}", e.toString());
            return Focus.NONE;
        }
    }

    private static String word(Card card) {
        return card.kind() == CardKind.VERB ? card.prompt() : card.answer().split(",")[0].strip();
    }
}
