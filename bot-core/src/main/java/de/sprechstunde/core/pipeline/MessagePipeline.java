package de.sprechstunde.core.pipeline;

import de.sprechstunde.core.command.CommandLine;
import de.sprechstunde.core.command.CommandRegistry;
import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.Outcome;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.Transcript;
import de.sprechstunde.core.text.LearnerText;
import de.sprechstunde.core.tutor.LessonMode;
import de.sprechstunde.core.tutor.TurnContext;
import de.sprechstunde.core.tutor.TutorTexts;
import de.sprechstunde.core.tutor.UsageCounters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The straight path of one accepted message through the core (acceptance itself happens in
 * {@link TutorBot#receive}): guard, understand, decide, answer, remember. Every path ends in a reply
 * (or a deliberate silence for repeated rate-limit refusals), the ledger's "answered" mark and one
 * log line with the stage timings; nothing escapes as an exception.
 */
public final class MessagePipeline {

    private static final Logger log = LoggerFactory.getLogger(MessagePipeline.class);

    private final MessageLedger ledger;
    private final LearnerProfiles profiles;
    private final InputGuard guard;
    private final VoiceInput voice;
    private final CommandRegistry commands;
    private final Lessons lessons;
    private final TutorSettings settings;
    private final DailyCounters daily;
    private final BotMetrics metrics;
    private final Clock clock;

    public MessagePipeline(MessageLedger ledger, LearnerProfiles profiles, InputGuard guard, VoiceInput voice,
                           CommandRegistry commands, Lessons lessons, TutorSettings settings,
                           DailyCounters daily, BotMetrics metrics, Clock clock) {
        this.ledger = ledger;
        this.profiles = profiles;
        this.guard = guard;
        this.voice = voice;
        this.commands = commands;
        this.lessons = lessons;
        this.settings = settings;
        this.daily = daily;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Handles one accepted message completely (the caller recorded it in the ledger).
     *
     * @param replay true when the message was accepted before a restart and is answered now
     */
    public Outcome process(IncomingMessage message, ReplySink sink, boolean replay) {
        StageTimer timer = new StageTimer(clock);
        MDC.put("msg", message.key().asString());
        Outcome outcome = Outcome.FAILED;
        try {
            outcome = handleAccepted(message, sink, timer);
            return outcome;
        } catch (RuntimeException e) {
            log.error("failed to handle message", e);
            metrics.error("pipeline", e.getClass().getSimpleName());
            sink.send(Reply.Text.of(new TutorTexts(ExplanationLanguage.ENGLISH).tutorFailed()));
            return outcome;
        } finally {
            markAnswered(message);
            metrics.message(message.platform().key(), message.kind(), outcome.tag());
            timer.stages().forEach(metrics::stage);
            log.info("handled kind={} outcome={}{} total={}ms {}", message.kind(), outcome.tag(), replay ? " (replayed)" : "",
                    timer.total().toMillis(), timer.describe());
            MDC.clear();
        }
    }

    /** Text in one form before anything reads it; only its length before is logged, never the text. */
    private static IncomingMessage normalised(IncomingMessage message) {
        if (!(message.content() instanceof MessageContent.Text text)) {
            return message;
        }
        String normal = LearnerText.normalise(text.text());
        if (normal.length() != text.text().length()) {
            log.debug("normalised text: {} -> {} characters", text.text().length(), normal.length());
        }
        return message.withContent(new MessageContent.Text(normal));
    }

    /** Answered (or apologised for): never replayed. A ledger failure must not undo the answer. */
    private void markAnswered(IncomingMessage message) {
        try {
            ledger.answered(message.key());
        } catch (RuntimeException e) {
            log.warn("could not mark the message answered: {}", e.toString());
        }
    }

    private Outcome handleAccepted(IncomingMessage received, ReplySink sink, StageTimer timer) {
        IncomingMessage message = normalised(received);
        LearnerProfile profile = profiles.forMessage(message);
        boolean admin = settings.isAdmin(message.sender());
        TutorTexts texts = new TutorTexts(profile.explanations());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        daily.increment(UsageCounters.MESSAGES, today);

        Optional<InputGuard.Refusal> refusal = guard.check(message, admin, texts);
        timer.lap("guard");
        if (refusal.isPresent()) {
            refusal.get().explanation().ifPresent(text -> sink.send(Reply.Text.of(text)));
            log.info("refused: {}", refusal.get().outcome().tag());
            return refusal.get().outcome();
        }

        String text;
        Optional<Transcript> transcript = Optional.empty();
        if (message.content() instanceof MessageContent.Voice spoken) {
            daily.increment(UsageCounters.VOICE_NOTES, today);
            VoiceInput.Result heard = voice.listen(message, spoken.note(), sink, texts);
            timer.lap("understand");
            if (heard instanceof VoiceInput.Result.Refused refused) {
                log.info("voice note not understood: {}", refused.reason());
                sink.send(Reply.Text.of(refused.explanation()));
                return Outcome.REJECTED;
            }
            transcript = Optional.of(((VoiceInput.Result.Heard) heard).transcript());
            text = LearnerText.normalise(transcript.get().text());
            sink.send(Reply.Text.of(texts.transcript(text)));
        } else {
            text = ((MessageContent.Text) message.content()).text().strip();
        }

        TurnContext turn = new TurnContext(message, profile, sink, text, transcript, admin);
        Optional<CommandLine> command = transcript.isEmpty() ? CommandLine.parse(text) : Optional.empty();
        LearnerProfile after;
        Outcome outcome;
        if (command.isPresent()) {
            after = commands.run(command.get(), turn);
            outcome = Outcome.COMMAND;
        } else {
            after = lessons.forMode(profile.mode()).play(turn);
            outcome = Outcome.ANSWERED;
        }
        timer.lap("answer");
        profiles.saveIfChanged(profile, after);
        timer.lap("remember");
        return outcome;
    }

    /** The lesson for each mode. */
    public record Lessons(LessonMode conversation, LessonMode scenario, LessonMode drill) {
        LessonMode forMode(TutorMode mode) {
            if (mode instanceof TutorMode.Scenario) {
                return scenario;
            }
            if (mode instanceof TutorMode.Drill) {
                return drill;
            }
            return conversation;
        }
    }
}
