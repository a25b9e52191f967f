package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.CorrectionLevel;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.CorrectionProposer;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.port.ProgressEvent;
import de.sprechstunde.core.port.ProgressStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the deterministic grammar check on a learner's text, adds the model's verified suggestions
 * for what it missed, shows both (the rule's first) at the head of the turn's message and counts them in the learner's progress.
 * Only the learner's own German is corrected: nothing inside what they quote, the word they ask
 * about, links, addresses, mentions, code or English words mixed in ({@link ForeignSpans}), and no
 * spelling of names ({@link MixedInWords}).
 */
public final class GrammarCorrections {

    private static final Logger log = LoggerFactory.getLogger(GrammarCorrections.class);

    private final GrammarChecker checker;
    private final ModelSuggestions suggestions;
    private final CorrectionFormatter formatter;
    private final ProgressStore progress;
    private final DailyCounters daily;
    private final BotMetrics metrics;
    private final Clock clock;

    public GrammarCorrections(GrammarChecker checker, CorrectionProposer proposer, CorrectionFormatter formatter,
                              ProgressStore progress, DailyCounters daily, BotMetrics metrics, Clock clock) {
        this.checker = checker;
        this.suggestions = new ModelSuggestions(proposer, checker);
        this.formatter = formatter;
        this.progress = progress;
        this.daily = daily;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Checks and shows corrections.
     *
     * @param spoken true for a voice note's transcript: its spelling and punctuation are the
     *               recogniser's, not the learner's, so spelling corrections are left out
     * @return the corrections shown (the checker's, then the model's verified suggestions), or empty
     *         when no deterministic check ran (checker off or warming up, or the learner turned
     *         corrections off): then the model is not asked for suggestions either, and its answer
     *         may correct (or, for {@code off}, must not)
     */
    public Optional<List<Correction>> checkAndShow(LearnerProfile learner, String text, boolean spoken, TurnSink sink) {
        if (learner.corrections() == CorrectionLevel.OFF || !checker.ready()) {
            return Optional.empty();
        }
        List<Correction> checked;
        try {
            checked = checker.check(text, learner.level());
        } catch (RuntimeException e) {
            // the port promises never to throw; if one does anyway, the model corrects this turn
            log.warn("grammar checker failed; the model corrects this turn", e);
            return Optional.empty();
        }
        List<ForeignSpans.Span> foreign = ForeignSpans.in(text);
        List<Correction> rules = checked.stream()
                .filter(c -> !spoken || !MistakeCategory.SPELLING.key().equals(c.category()))
                .filter(c -> learnersOwn(c, foreign, text))
                .filter(c -> !isAcronymGuess(c))
                .toList();
        List<Correction> found = new ArrayList<>(rules);
        suggestions.find(learner, text, spoken, checked, rules).stream().filter(c -> learnersOwn(c, foreign, text)).forEach(found::add);
        daily.increment(UsageCounters.GRAMMAR_CHECKS, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        metrics.grammarCheck(rules.size());
        for (Correction c : found) {
            progress.record(learner.id(), new ProgressEvent.Mistake(c.category(), clock.instant()));
        }
        String block = formatter.format(found, learner);
        // the corrections lead the turn's message; the answer follows in it
        sink.lead(block);
        return Optional.of(List.copyOf(found));
    }

    private static boolean learnersOwn(Correction c, List<ForeignSpans.Span> foreign, String text) {
        return foreign.stream().noneMatch(span -> span.overlaps(c.start(), c.end())) && !MixedInWords.isName(text, c);
    }

    // A speller that knows no such word offers an acronym ("cat" -> "CAT"): the learner meant a
    // foreign word or a name, never the acronym.
    private static boolean isAcronymGuess(Correction c) {
        return c.fix().length() > 1 && !c.wrong().equals(c.fix()) && c.fix().equals(c.fix().toUpperCase(Locale.ROOT))
                && c.wrong().equalsIgnoreCase(c.fix());
    }
}
