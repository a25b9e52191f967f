package de.sprechstunde.core.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.memory.InMemoryCardStore;
import de.sprechstunde.core.memory.InMemoryLearnerStore;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review commands through the whole core, with the bad inputs a learner sends. */
class ReviewFlowTest {

    private final MutableClock clock = MutableClock.startingAt("2026-12-01T10:00:00Z");
    private final InMemoryCardStore cards = new InMemoryCardStore();
    private final InMemoryLearnerStore learners = new InMemoryLearnerStore();
    private final ScriptedChatModel model = new ScriptedChatModel().defaultAnswer("Gut gemacht!");
    private final Messages lena = Messages.lena();
    private final LearnerId id = lena.learner();
    private final TutorBot bot = new TutorBotBuilder(model).clock(clock).cardStore(cards).learners(learners).build();

    @AfterEach
    void stop() {
        bot.close();
    }

    private RecordingReplySink send(String text) {
        clock.advance(Duration.ofSeconds(3)); // within the rate limit
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(lena.text(text), sink).join();
        return sink;
    }

    @Test
    void reviewWithoutCardsSaysWhereCardsComeFrom() {
        String reply = send("/review").lastText();

        assertTrue(reply.contains("no cards yet") && reply.contains("/add"), reply);
        assertEquals(0, model.requests().size());
    }

    @Test
    void reviewWithNothingDueSaysWhenTheNextCardIs() {
        send("/add Ich bin gestern gefahren.");
        send("/review");
        send("gefahren");
        send("/rate " + onlyCard().id() + " 0 good");

        String reply = send("/review").lastText();

        assertTrue(reply.contains("Nothing is due") && reply.contains("in 3 days (2026-12-04)"), reply);
    }

    @Test
    void addWithNothingOrOnlyEmojiExplainsWhatToWrite() {
        assertTrue(send("/add").lastText().contains("Add what?"));
        assertTrue(send("/add 🙂🙂").lastText().contains("Add what?"));
        assertEquals(0, cards.count(id));
    }

    @Test
    void addWithFiveThousandCharactersIsRefusedKindly() {
        String reply = send("/add " + "Wort ".repeat(1000)).lastText();
        assertTrue(reply.contains("long text (5004 characters)"), reply);

        String command = send("/add " + "Wort ".repeat(60)).lastText();
        assertTrue(command.contains("too long for a card (299 characters; at most 200)"), command);
        assertEquals(0, cards.count(id));
    }

    @Test
    void addedWordsAndSentencesBecomeCardsOnce() {
        assertTrue(send("/add Ich bin gestern gefahren.").lastText().contains("Added"));
        assertTrue(send("/add Ich bin gestern gefahren.").lastText().contains("already have"));
        send("/add der Bahnhof");

        assertEquals(2, cards.count(id));
        Card word = cards.newest(id, 1).get(0);
        assertEquals(CardKind.WORD, word.kind());
        assertEquals("B…f (7)", word.prompt());
        assertTrue(send("/words").lastText().contains("2 cards, 2 due now"));
    }

    @Test
    void anEmojiOnlyAnswerIsAskedAgainAndChangesNothing() {
        send("/add Ich bin gestern gefahren.");
        send("/review");

        String reply = send("👍🎉").lastText();

        assertTrue(reply.contains("in words"), reply);
        assertEquals(new TutorMode.Review(onlyCard().id(), 0, 0, false), learners.find(id).orElseThrow().mode());
        assertEquals(0, onlyCard().schedule().reviews());
    }

    @Test
    void theAnswerShowsTheSolutionWithItsSentenceAndFourRatingButtons() {
        send("/add Ich bin gestern gefahren.");
        assertTrue(send("/review").lastText().contains("Ich bin gestern ＿＿＿."));

        RecordingReplySink answer = send("gefaren");

        Reply.Text verdict = (Reply.Text) answer.replies().get(answer.replies().size() - 1);
        assertTrue(verdict.text().contains("Almost") && verdict.text().contains("„Ich bin gestern gefahren.“"), verdict.text());
        assertEquals(List.of("Again", "✓ Hard", "Good", "Easy"), verdict.choices().stream().map(c -> c.label()).toList());
        assertEquals("/rate " + onlyCard().id() + " 0 hard", verdict.choices().get(1).command());
    }

    @Test
    void aRatingCanBeTypedAndASecondPressOfTheSameButtonChangesNothing() {
        send("/add Ich bin gestern gefahren.");
        send("/review");
        send("gefahren");

        assertTrue(send("gut").texts().stream().anyMatch(t -> t.contains("Session done: 1 of 1 right.")));
        Schedule rated = onlyCard().schedule();
        assertEquals(1, rated.reviews());

        assertTrue(send("/rate " + onlyCard().id() + " 0 easy").lastText().contains("already rated"));
        assertEquals(rated, onlyCard().schedule());
        assertTrue(send("/rate nonsense").lastText().contains("out of date"));
        assertTrue(send("/rate 000000000000 0 good").lastText().contains("no longer exists"));
    }

    @Test
    void aSessionAsksAtMostTwentyCardsAndSaysHowManyAreLeft() {
        for (int i = 0; i < 25; i++) {
            send("/add Satz Nummer" + (char) ('a' + i) + " ist lang.");
        }
        assertTrue(send("/review").lastText().contains("Card 1 of 20"));
        String end = "";
        for (int i = 0; i < 20; i++) {
            send("falsch");
            end = String.join("\n", send("again").texts());
        }
        assertTrue(end.contains("Session done: 0 of 20 right. 5 more cards are due"), end);
        assertEquals(TutorMode.conversation(), learners.find(id).orElseThrow().mode());
    }

    @Test
    void aSessionSurvivesARestartBecauseItLivesInTheLearnersMode() {
        send("/add Ich bin gestern gefahren.");
        send("/review");
        TutorBot restarted = new TutorBotBuilder(model).clock(clock).cardStore(cards).learners(learners).build();
        try {
            RecordingReplySink sink = new RecordingReplySink();
            restarted.receive(lena.text("gefahren"), sink).join();
            assertTrue(sink.lastText().contains("Right!"), sink.lastText());
        } finally {
            restarted.close();
        }
    }

    @Test
    void reviewStopEndsTheSession() {
        send("/add Ich bin gestern gefahren.");
        send("/review");

        assertTrue(send("/review stop").lastText().contains("Review stopped: 0 of 0 right."));
        assertEquals(TutorMode.conversation(), learners.find(id).orElseThrow().mode());
        assertFalse(send("Hallo").lastText().contains("words"));
    }

    @Test
    void forgetDeletesTheCards() {
        send("/add Ich bin gestern gefahren.");

        assertTrue(send("/forget confirm").lastText().contains("1 cards"));
        assertEquals(0, cards.count(id));
    }

    @Test
    void theConversationPromptNamesTheTwoMostFrequentMistakesAndDueWords() {
        // a B1 learner who wrote two case mistakes and one word-order mistake, and has a noun due
        LearnerProfile b1 = LearnerProfile.newLearner(id, "Lena", clock.instant()).withLevel(CefrLevel.B1);
        learners.save(b1);
        cards.add(Card.create(id, CardKind.NOUN, "Bahnhof", "der Bahnhof, die Bahnhöfe", "", "noun", "Bahnhof", clock.instant()));
        de.sprechstunde.core.memory.InMemoryProgressStore progress = new de.sprechstunde.core.memory.InMemoryProgressStore(clock);
        for (String category : List.of("case", "case", "word-order", "spelling", "word-order", "case")) {
            progress.record(id, new de.sprechstunde.core.port.ProgressEvent.Mistake(category, clock.instant()));
        }
        TutorBot focused = new TutorBotBuilder(model).clock(clock).cardStore(cards).learners(learners).progress(progress).build();
        try {
            focused.receive(lena.text("Ich fahre morgen nach Hamburg."), new RecordingReplySink()).join();
        } finally {
            focused.close();
        }

        String system = model.lastRequest().messages().get(0).content();
        assertTrue(system.contains("most frequent mistakes are in: case, word order."), system);
        assertTrue(system.contains("Words the learner is reviewing now: der Bahnhof."), system);
    }

    @Test
    void reviewsRetentionAndTheBacklogAreMeasuredAndInStats() {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        TutorBot admin = new TutorBotBuilder(model).clock(clock).cardStore(cards).learners(learners).meterRegistry(meters)
                .settings(de.sprechstunde.core.config.TutorSettings.defaults().withAdmins(java.util.Set.of(id))).build();
        try {
            for (String text : List.of("/add Ich bin gestern gefahren.", "/add Wir sind müde.", "/add Er kam spät.",
                    "/review", "gefahren", "good", "falsch", "again")) {
                clock.advance(Duration.ofSeconds(3));
                admin.receive(lena.text(text), new RecordingReplySink()).join();
            }
            RecordingReplySink stats = new RecordingReplySink();
            admin.receive(lena.text("/stats"), stats).join();

            assertTrue(stats.lastText().contains("reviews: 2 — 0 0 0 0 0 0 2"), stats.lastText());
            assertTrue(stats.lastText().contains("retention (Good/Easy): 50%"), stats.lastText());
            assertTrue(stats.lastText().contains("due backlog: 1 cards"), stats.lastText());
            assertEquals(1.0, meters.get("bot.reviews").tag("rating", "good").counter().count());
            assertEquals(1.0, meters.get("bot.reviews").tag("rating", "again").counter().count());
            assertEquals(3.0, meters.get("bot.cards.added").tag("source", "learner").counter().count());
            assertEquals(1.0, meters.get("bot.cards.due").gauge().value());
        } finally {
            admin.close();
        }
    }

    @Test
    void whenTheCardStoreIsDownTheLearnerIsToldAndConversationGoesOn() {
        CardStore down = (CardStore) java.lang.reflect.Proxy.newProxyInstance(CardStore.class.getClassLoader(),
                new Class<?>[] {CardStore.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("MongoDB is down");
                });
        TutorBot broken = new TutorBotBuilder(model).clock(clock).cardStore(down).learners(learners).build();
        try {
            for (String command : List.of("/review", "/words", "/add der Bahnhof")) {
                RecordingReplySink sink = new RecordingReplySink();
                clock.advance(Duration.ofSeconds(3));
                broken.receive(lena.text(command), sink).join();
                assertTrue(sink.lastText().contains("can't reach your cards"), command + ": " + sink.lastText());
            }
            RecordingReplySink chat = new RecordingReplySink();
            broken.receive(lena.text("Ich habe Hunger."), chat).join();
            assertEquals("Gut gemacht!", chat.lastText());
        } finally {
            broken.close();
        }
    }

    private Card onlyCard() {
        return cards.newest(id, 1).get(0);
    }
}
