package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.learning.CardKind;
import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.learning.Reviews;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /words}: how many cards the learner has, how many are due, and the newest ones. */
public final class WordsCommand implements Command {

    static final int PAGE = 10;
    private static final Logger log = LoggerFactory.getLogger(WordsCommand.class);

    private final CardStore cards;
    private final Clock clock;

    public WordsCommand(CardStore cards, Clock clock) {
        this.cards = cards;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "words";
    }

    @Override
    public String usage() {
        return "/words";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("your cards: how many, how many due, the newest", "deine Karten: wie viele, wie viele fällig, die neuesten");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        try {
            list(call);
        } catch (RuntimeException e) {
            log.warn("card store unavailable for /words: {}", e.toString());
            call.reply(Reviews.unavailable(call.language()));
        }
        return call.profile();
    }

    private void list(CommandCall call) {
        ExplanationLanguage lang = call.language();
        int count = cards.count(call.profile().id());
        if (count == 0) {
            call.reply(lang.pick("You have no cards yet. I make them from your corrections and new words; add your own with /add <word or sentence>.",
                    "Du hast noch keine Karten. Ich mache sie aus deinen Korrekturen und neuen Wörtern; eigene legst du mit /add <Wort oder Satz> an."));
            return;
        }
        int due = cards.dueCount(call.profile().id(), clock.instant());
        List<Card> newest = cards.newest(call.profile().id(), PAGE);
        StringBuilder text = new StringBuilder("🗂 ").append(lang.pick(count + (count == 1 ? " card, " : " cards, ") + due + " due now",
                count + (count == 1 ? " Karte, " : " Karten, ") + due + " jetzt fällig")).append(due > 0 ? " — /review" : "").append('\n')
                .append(lang.pick("Newest:", "Die neuesten:"));
        for (Card card : newest) {
            text.append("\n• ").append(line(card));
        }
        call.reply(text.toString());
    }

    private static String line(Card card) {
        if (card.kind() == CardKind.NOUN || card.kind() == CardKind.VERB || card.kind() == CardKind.WORD) {
            return card.kind() == CardKind.VERB ? card.prompt() + " → " + card.answer() : card.answer();
        }
        return card.source() + " → " + card.answer() + " (" + card.tag() + ")";
    }
}
