package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.memory.InMemoryReminderStore;
import de.sprechstunde.core.placement.PlacementBank;
import de.sprechstunde.core.placement.PlacementItem;
import de.sprechstunde.core.reminder.ReminderSettings;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.RecordedRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** /test to a level, /progress as an image and reminders by DM, through JDA against the fake Discord. */
class LearningLoopDiscordTest extends OneRigPerClass {

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T17:59:00Z");
    private final InMemoryReminderStore schedules = new InMemoryReminderStore();
    private final PlacementBank bank = PlacementBank.builtIn();

    @Override
    protected DiscordRig startRig() {
        return DiscordRig.start(core -> core.clock(clock).reminderStore(schedules).dueCards((learner, now) -> 2)
                .reminders(ReminderSettings.defaults().withCheckEvery(Duration.ofDays(1)))
                .progressChart(report -> png()));
    }

    private static Optional<byte[]> png() {
        try {
            BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return Optional.of(out.toByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<TutorMode.Placement> placement(String user) {
        return rig.learners.find(new LearnerId(Platform.DISCORD, user)).map(p -> p.mode())
                .filter(TutorMode.Placement.class::isInstance).map(TutorMode.Placement.class::cast);
    }

    private TutorMode.Placement awaitItem(String user, int answered) throws InterruptedException {
        for (int i = 0; i < 1500; i++) {
            Optional<TutorMode.Placement> now = placement(user);
            if (now.isPresent() && now.get().answered().size() == answered) {
                return now.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no placement item " + (answered + 1) + " for " + user);
    }

    @Test
    void thePlacementTestSetsALevelOnDiscordWithButtonsAndTypedAnswers() throws Exception {
        String channel = FakeDiscord.nextId();
        String user = "7171";
        rig.discord.directMessage(channel, user, "/test");
        RecordedRequest question = rig.await("POST", "channels/" + channel + "/messages", r -> r.content().contains("1/12"));
        assertTrue(question.json().findValues("custom_id").stream().anyMatch(id -> id.asText().startsWith("cmd:/test answer a2-")),
                question.toString());

        for (int i = 0; i < 11; i++) {
            PlacementItem item = bank.find(awaitItem(user, i).current()).orElseThrow();
            // knows A1 and A2, nothing above
            boolean knows = item.level().compareTo(CefrLevel.A2) <= 0;
            String wrong = item.kind().choice()
                    ? item.options().stream().filter(o -> !o.equals(item.rightAnswer())).findFirst().orElseThrow() : "keine Ahnung";
            rig.discord.directMessage(channel, user, knows ? item.rightAnswer() : wrong);
        }
        // the free sentence: the rig has no grammar checker, so it cannot count
        awaitItem(user, 11);
        rig.discord.directMessage(channel, user, "Ich wohne in Köln.");

        assertEquals(CefrLevel.A2, rig.levelOf(user));
        RecordedRequest result = rig.await("POST", "channels/" + channel + "/messages", r -> r.content().contains("Your level"));
        assertTrue(result.content().contains("A2"), result.content());
    }

    @Test
    void progressIsPostedAsAnImageFollowedByItsSummary() throws Exception {
        String channel = FakeDiscord.nextId();
        rig.discord.directMessage(channel, "7272", "/progress");

        RecordedRequest upload = rig.await("POST", "channels/" + channel + "/messages", r -> !r.parts().isEmpty()
                && r.parts().stream().anyMatch(p -> "progress.png".equals(p.filename())));
        byte[] bytes = upload.parts().stream().filter(p -> "progress.png".equals(p.filename())).findFirst().orElseThrow().body();
        assertEquals(30, ImageIO.read(new ByteArrayInputStream(bytes)).getWidth());
        rig.await("POST", "channels/" + channel + "/messages", r -> r.content().contains("Your progress"));
    }

    @Test
    void aReminderComesByDmWithAStartReviewButtonAndClosedDmsSwitchThemOff() throws Exception {
        String channel = FakeDiscord.nextId();
        String user = "7373";
        rig.discord.directMessage(channel, user, "/remind 19:00");
        rig.await("POST", "channels/" + channel + "/messages", r -> r.content().contains("19:00"));
        clock.advance(Duration.ofMinutes(1));

        assertEquals(1, rig.bot.reminders().runOnce());

        RecordedRequest reminder = rig.await("POST", "channels/8" + user + "/messages", r -> r.content().contains("2 cards are due"));
        assertTrue(reminder.json().findValues("custom_id").stream().anyMatch(id -> id.asText().equals("cmd:/review")), reminder.toString());
        LearnerId learner = new LearnerId(Platform.DISCORD, user);
        assertTrue(schedules.find(learner).orElseThrow().on());

        clock.advance(Duration.ofDays(1));
        rig.rest().closedDmsNext("POST", "channels/8" + user + "/messages");
        assertEquals(0, rig.bot.reminders().runOnce());
        assertFalse(schedules.find(learner).orElseThrow().on());
        assertNotEquals(0, rig.rest().requests("POST", "users/@me/channels").size());
    }
}
