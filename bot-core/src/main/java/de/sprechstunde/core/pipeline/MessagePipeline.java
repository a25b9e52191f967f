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
import de.sprechstunde.core.port.PendingMessage;
import de.sprechstunde.core.port.Transcript;
import de.sprechstunde.core.text.LearnerText;
import de.sprechstunde.core.tutor.LessonMode;
import de.sprechstunde.core.tutor.TurnContext;
import de.sprechstunde.core.tutor.TurnSink;
import de.sprechstunde.core.tutor.TutorTexts;
import de.sprechstunde.core.tutor.UsageCounters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
        return process(PendingMessage.of(message), sink, replay);
    }

    /**
     * Handles one accepted message completely; a streamed reply takes over the platform messages
     * an earlier attempt left ({@link PendingMessage#showing}). Replies the platform did not take
     * stay in the ledger with the message, which then stays pending.
     */
    public Outcome process(PendingMessage pending, ReplySink platformSink, boolean replay) {
        IncomingMessage message = pending.message();
        StageTimer timer = new StageTimer(clock);
        MDC.put("msg", message.key().asString());
        DeliveringSink delivering = new DeliveringSink(platformSink, message.key(), ledger, pending.showing());
        TurnSink sink = new TurnSink(delivering);
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
            sink.finish();
            settle(message, delivering.undelivered());
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

    /**
     * Sends the replies a message was left with when the platform did not take them; the message
     * is answered when all arrived, else it keeps what is still undelivered.
     *
     * @return true when everything was delivered
     */
    public boolean redeliver(PendingMessage pending, ReplySink platformSink) {
        IncomingMessage message = pending.message();
        MDC.put("msg", message.key().asString());
        try {
            DeliveringSink sink = new DeliveringSink(platformSink, message.key(), ledger, pending.showing());
            pending.undelivered().forEach(sink::send);
            boolean delivered = sink.undelivered().isEmpty();
            settle(message, sink.undelivered());
            log.info("redelivery of {} kept repl{}: {}", pending.undelivered().size(), pending.undelivered().size() == 1 ? "y" : "ies",
                    delivered ? "delivered" : sink.undelivered().size() + " still undelivered");
            return delivered;
        } catch (RuntimeException e) {
            log.error("failed to redeliver kept replies", e);
            return false;
        } finally {
            MDC.clear();
        }
    }

    /**
     * Answered (or apologised for) and delivered: never replayed. Undelivered replies keep the
     * message pending with them. A ledger failure must not undo the answer.
     */
    private void settle(IncomingMessage message, List<Reply> undelivered) {
        try {
            if (undelivered.isEmpty()) {
                ledger.answered(message.key());
            } else {
                metrics.error("delivery", "undelivered");
                ledger.undelivered(message.key(), undelivered);
            }
        } catch (RuntimeException e) {
            log.warn("could not record the message's delivery: {}", e.toString());
        }
    }

    private Outcome handleAccepted(IncomingMessage received, TurnSink sink, StageTimer timer) {
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
            // the transcript leads the turn's one message, the answer follows in it
            sink.lead(texts.transcript(text));
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
    public record Lessons(LessonMode conversation, LessonMode scenario, LessonMode drill, LessonMode placement, LessonMode review) {
        LessonMode forMode(TutorMode mode) {
            if (mode instanceof TutorMode.Placement) {
                return placement;
            }
            if (mode instanceof TutorMode.Review) {
                return review;
            }
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
