package de.sprechstunde.discord.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.TextStream;
import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.message.StreamProgress;
import de.sprechstunde.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

/** The edit throttle, with a clock moved by hand; the Discord side is covered by the fake-server tests. */
class StreamedAnswerTest {

    /** Records what the sink asked for; completes at once like a fast Discord. */
    private static final class RecordingTarget implements MessageTarget {
        final List<String> calls = new CopyOnWriteArrayList<>();
        private final AtomicInteger ids = new AtomicInteger();

        @Override
        public CompletableFuture<Posted> post(MessageCreateData message, boolean ephemeral) {
            calls.add("post " + message.getContent());
            return CompletableFuture.completedFuture(new Posted(String.valueOf(ids.incrementAndGet())));
        }

        @Override
        public CompletableFuture<Void> edit(Posted posted, MessageEditData message) {
            calls.add("edit " + posted.messageId() + " " + message.getContent());
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Posted> postFile(FileUpload upload) {
            calls.add("voice");
            return CompletableFuture.completedFuture(new Posted(String.valueOf(ids.incrementAndGet())));
        }

        @Override
        public void typing() {
            calls.add("typing");
        }
    }

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
    private final RecordingTarget target = new RecordingTarget();
    private final DiscordReplySink sink = new DiscordReplySink(target, new DiscordFormat(new ChoiceButtons(10)), clock, Duration.ofSeconds(1),
            new Deliveries(DeliverySettings.defaults(), clock, wait -> { }, new java.util.Random(1)));

    @Test
    void theFirstTokensArePostedAtOnceThenEditedAtMostOncePerSecond() {
        TextStream stream = sink.stream();

        stream.update("Hallo");
        stream.update("Hallo Lena");
        stream.update("Hallo Lena,");
        clock.advance(Duration.ofMillis(999));
        stream.update("Hallo Lena, wie");
        clock.advance(Duration.ofMillis(1));
        stream.update("Hallo Lena, wie geht");
        stream.update("Hallo Lena, wie geht es");
        stream.complete(Reply.Text.of("Hallo Lena, wie geht es dir?"));

        assertEquals(List.of("post Hallo", "edit 1 Hallo Lena, wie geht", "edit 1 Hallo Lena, wie geht es dir?"), target.calls);
    }

    @Test
    void aStreamThatGrowsPastTheLimitEndsAsSeveralMessages() {
        TextStream stream = sink.stream();
        String answer = "Ich lerne Deutsch. ".repeat(160).strip();

        stream.update(answer.substring(0, 100));
        clock.advance(Duration.ofSeconds(2));
        stream.update(answer);
        stream.complete(Reply.Text.of(answer));

        assertTrue(target.calls.get(1).endsWith(" …"), "the preview says more follows: " + target.calls.get(1));
        assertTrue(target.calls.get(2).startsWith("edit 1 "), target.calls.toString());
        assertTrue(target.calls.get(3).startsWith("post "), target.calls.toString());
        assertEquals(4, target.calls.size());
    }

    @Test
    void anAbortedStreamShowsTheApologyInsteadOfThePartialText() {
        TextStream stream = sink.stream();

        stream.update("Das ist");
        stream.abort(Reply.Text.of("Entschuldigung – bitte noch einmal."));

        assertEquals(List.of("post Das ist", "edit 1 Entschuldigung – bitte noch einmal."), target.calls);
    }

    @Test
    void typingIsSentAgainOnlyWhenDiscordsIndicatorRanOut() {
        sink.working(de.sprechstunde.core.message.Activity.TYPING);
        clock.advance(Duration.ofSeconds(5));
        sink.working(de.sprechstunde.core.message.Activity.TYPING);
        clock.advance(Duration.ofSeconds(4));
        sink.working(de.sprechstunde.core.message.Activity.RECORDING_VOICE);

        assertEquals(List.of("typing", "typing"), target.calls);
    }

    @Test
    void aStreamResumingAfterACrashEditsThePreviewTheFirstAttemptLeftAndReportsIt() {
        TextStream stream = sink.stream(new RecordingProgress(List.of("777")));

        stream.update("Hallo Lena");
        stream.complete(Reply.Text.of("Hallo Lena, wie geht es dir?"));

        assertEquals(List.of("edit 777 Hallo Lena", "edit 777 Hallo Lena, wie geht es dir?"), target.calls);
    }

    @Test
    void aNewPreviewIsReportedSoAReplayCanTakeItOver() {
        RecordingProgress progress = new RecordingProgress(List.of());
        TextStream stream = sink.stream(progress);

        stream.update("Hallo");
        stream.update("Hallo Lena");
        stream.complete(Reply.Text.of("Hallo Lena!"));

        assertEquals(List.of(List.of("1")), progress.reported);
    }

    /** Hands over what an earlier attempt showed and records what the stream reports. */
    private record RecordingProgress(List<String> shown, List<List<String>> reported) implements StreamProgress {
        RecordingProgress(List<String> shown) {
            this(shown, new java.util.ArrayList<>());
        }

        @Override
        public void showing(List<String> messageIds) {
            reported.add(messageIds);
        }
    }
}
