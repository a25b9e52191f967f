package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.placement.PlacementItem;
import de.sprechstunde.core.placement.PlacementKind;
import de.sprechstunde.core.placement.PlacementResult;
import de.sprechstunde.core.placement.PlacementTest;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.GrammarChecker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The placement test as a lesson: {@code /test} starts it, buttons ({@code /test answer <item> <n>})
 * and typed turns answer it, and its state lives in the profile's mode, so a test interrupted by a
 * restart goes on where it stopped. A button pressed twice, or for an item already answered, changes
 * nothing.
 */
public final class PlacementLesson implements LessonMode {

    private static final Logger log = LoggerFactory.getLogger(PlacementLesson.class);

    private final PlacementTest test;
    private final PlacementTexts texts = new PlacementTexts();
    private final GrammarChecker grammar;
    private final DailyCounters daily;
    private final BotMetrics metrics;
    private final Clock clock;

    public PlacementLesson(PlacementTest test, GrammarChecker grammar, DailyCounters daily, BotMetrics metrics, Clock clock) {
        this.test = test;
        this.grammar = grammar;
        this.daily = daily;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Starts a new test (a test in progress is dropped). */
    public LearnerProfile start(LearnerProfile learner, ReplySink sink) {
        PlacementItem first = test.first(learner.level());
        metrics.placement("started");
        sink.send(Reply.Text.of(texts.intro(learner.explanations())));
        show(first, 1, learner.explanations(), sink);
        return learner.withMode(new TutorMode.Placement(List.of(), List.of(), first.id()));
    }

    /** Shows the current item of a test in progress again. */
    public LearnerProfile resume(LearnerProfile learner, ReplySink sink) {
        TutorMode.Placement placement = (TutorMode.Placement) learner.mode();
        Optional<PlacementItem> current = test.bank().find(placement.current());
        if (current.isEmpty()) {
            // the bank changed under a stored test: start over rather than fail
            return start(learner, sink);
        }
        sink.send(Reply.Text.withChoices(texts.resuming(placement.answered().size(), learner.explanations()),
                List.of(new Choice(learner.explanations().pick("Start over", "Neu beginnen"), "/test new"))));
        show(current.get(), placement.answered().size() + 1, learner.explanations(), sink);
        return learner;
    }

    /** A button press: option {@code option} of item {@code itemId}. */
    public LearnerProfile choose(LearnerProfile learner, String itemId, int option, ReplySink sink) {
        if (!(learner.mode() instanceof TutorMode.Placement placement) || !placement.current().equals(itemId)) {
            sink.send(Reply.Text.of(texts.staleButton(learner.explanations())));
            return learner;
        }
        PlacementItem item = test.bank().find(itemId).orElseThrow();
        if (option < 0 || option >= item.options().size()) {
            sink.send(Reply.Text.of(texts.staleButton(learner.explanations())));
            return learner;
        }
        return answer(learner, placement, item, item.accepts(item.options().get(option)), sink);
    }

    @Override
    public LearnerProfile play(TurnContext turn) {
        LearnerProfile learner = turn.profile();
        TutorMode.Placement placement = (TutorMode.Placement) learner.mode();
        Optional<PlacementItem> found = test.bank().find(placement.current());
        if (found.isEmpty()) {
            return start(learner, turn.sink());
        }
        PlacementItem item = found.get();
        String text = turn.text().strip();
        if (item.kind().choice()) {
            int option = item.optionNamed(text);
            if (option < 0) {
                turn.sink().send(Reply.Text.withChoices(texts.pickAnOption(learner.explanations()), buttons(item)));
                return learner;
            }
            return answer(learner, placement, item, item.accepts(item.options().get(option)), turn.sink());
        }
        if (item.kind() == PlacementKind.FREE) {
            return answerFreeSentence(learner, placement, item, text, turn.sink());
        }
        return answer(learner, placement, item, item.accepts(text), turn.sink());
    }

    private LearnerProfile answerFreeSentence(LearnerProfile learner, TutorMode.Placement placement, PlacementItem item,
                                              String text, ReplySink sink) {
        if (!grammar.ready()) {
            // an unchecked sentence must not count either way: finish on the questions
            sink.send(Reply.Text.of(texts.sentenceUnchecked(learner.explanations())));
            return finish(learner, placement.answered(), placement.right(), sink);
        }
        int words = text.isBlank() ? 0 : text.split("\\s+").length;
        int mistakes = grammar.check(text, item.level()).size();
        boolean right = words >= item.minimumWords() && mistakes == 0;
        sink.send(Reply.Text.of(texts.sentenceFeedback(right, words, item.minimumWords(), mistakes, learner.explanations())));
        TutorMode.Placement done = placement.answer(right, item.id());
        return finish(learner, done.answered(), done.right(), sink);
    }

    private LearnerProfile answer(LearnerProfile learner, TutorMode.Placement placement, PlacementItem item, boolean right,
                                  ReplySink sink) {
        List<String> answered = new ArrayList<>(placement.answered());
        answered.add(item.id());
        List<Boolean> results = new ArrayList<>(placement.right());
        results.add(right);
        Optional<PlacementItem> next = test.next(answered, results);
        String feedback = right ? learner.explanations().pick("✅ Right.", "✅ Richtig.")
                : learner.explanations().pick("❌ Right would be: *", "❌ Richtig wäre: *") + item.rightAnswer() + "*";
        sink.send(Reply.Text.of(feedback));
        if (next.isEmpty()) {
            return finish(learner, answered, results, sink);
        }
        show(next.get(), answered.size() + 1, learner.explanations(), sink);
        return learner.withMode(placement.answer(right, next.get().id()));
    }

    private LearnerProfile finish(LearnerProfile learner, List<String> answered, List<Boolean> right, ReplySink sink) {
        PlacementResult result = test.score(answered, right);
        metrics.placement("finished");
        daily.increment(UsageCounters.PLACEMENT_TESTS, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        log.info("placement test finished: level {} after {} items", result.level(), answered.size());
        sink.send(Reply.Text.of(texts.result(result, learner.explanations())));
        return learner.withLevel(result.level()).withMode(TutorMode.conversation());
    }

    /** Ends a test without a result. */
    public LearnerProfile stop(LearnerProfile learner, ReplySink sink) {
        boolean running = learner.mode() instanceof TutorMode.Placement;
        sink.send(Reply.Text.of(texts.stopped(running, learner.level().name(), learner.explanations())));
        return running ? learner.withMode(TutorMode.conversation()) : learner;
    }

    private void show(PlacementItem item, int number, ExplanationLanguage language, ReplySink sink) {
        String text = texts.question(item, number, PlacementTest.LENGTH, language);
        sink.send(item.kind().choice() ? Reply.Text.withChoices(text, buttons(item)) : Reply.Text.of(text));
    }

    private static List<Choice> buttons(PlacementItem item) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < item.options().size(); i++) {
            choices.add(new Choice(item.options().get(i), "/test answer " + item.id() + " " + i));
        }
        return choices;
    }
}
