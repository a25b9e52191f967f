package de.sprechstunde.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.InMemoryProgressStore;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.CardFigures;
import de.sprechstunde.core.port.ProgressEvent;
import de.sprechstunde.core.port.ProgressReport;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /progress}: a chart with the summary as caption where pictures can be shown, the text alone in the console. */
class ProgressCommandTest {

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
    private final InMemoryProgressStore progress = new InMemoryProgressStore();
    private final AtomicReference<ProgressReport> drawn = new AtomicReference<>();
    private final TutorBot bot = new TutorBotBuilder(new ScriptedChatModel()).clock(clock).progress(progress)
            .cardFigures((learner, now) -> new CardFigures.Summary(12, 10, 7))
            .progressChart(report -> {
                drawn.set(report);
                return Optional.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            }).build();

    @AfterEach
    void stop() {
        bot.close();
    }

    private RecordingReplySink send(Messages who, String text) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(who.text(text), sink).join();
        return sink;
    }

    @Test
    void onTelegramTheChartComesWithTheSummaryAsItsCaption() {
        Messages lena = Messages.lena();
        progress.record(lena.learner(), new ProgressEvent.Mistake("word-order", clock.instant()));
        progress.record(lena.learner(), new ProgressEvent.Mistake("word-order", clock.instant().minus(Duration.ofDays(8))));
        progress.record(lena.learner(), new ProgressEvent.Mistake("article", clock.instant().minus(Duration.ofDays(70))));
        progress.record(lena.learner(), new ProgressEvent.DrillScore("p1", Set.of("UMLAUT_UE"), 70, clock.instant()));

        RecordingReplySink sink = send(lena, "/progress");

        Reply.Image image = sink.images().get(0);
        assertEquals("progress.png", image.fileName());
        assertTrue(image.caption().contains("Cards learned: 12 · review accuracy: 70 %"), image.caption());
        assertTrue(image.caption().contains("Streak: 0 days"), image.caption());
        ProgressReport report = drawn.get();
        assertEquals(8, report.weeks().size());
        assertEquals(LocalDate.parse("2026-11-21"), report.weeks().get(7));
        // this week and the week before; the mistake ten weeks ago is outside the chart
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L), report.mistakesPerWeek().values().iterator().next());
        assertEquals(1, report.mistakesPerWeek().size());
        assertEquals(70.0, report.soundScores().get("umlaut ue"));
    }

    @Test
    void inTheConsoleItIsTextOnly() {
        Messages console = new Messages(Platform.CONSOLE, "local");

        RecordingReplySink sink = send(console, "/progress");

        assertEquals(List.of(), sink.images());
        assertTrue(sink.lastText().contains("Your progress"), sink.lastText());
        assertEquals(null, drawn.get());
    }

    @Test
    void withoutAChartLibraryTheSummaryIsSentAsText() {
        try (TutorBot plain = new TutorBotBuilder(new ScriptedChatModel()).build()) {
            RecordingReplySink sink = new RecordingReplySink();
            plain.receive(new Messages(Platform.TELEGRAM, "77").text("/progress"), sink).join();

            assertEquals(List.of(), sink.images());
            assertTrue(sink.lastText().contains("Cards learned: 0"), sink.lastText());
        }
    }
}
