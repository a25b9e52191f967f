package de.sprechstunde.discord;

import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.config.Secret;
import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.memory.InMemoryLearnerStore;
import de.sprechstunde.core.memory.InMemoryMessageLedger;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.FakeDiscordRest;
import de.sprechstunde.discord.fake.RecordedRequest;
import de.sprechstunde.discord.outbound.Deliveries;
import de.sprechstunde.discord.practice.InMemoryPracticeThreads;
import de.sprechstunde.discord.practice.PracticeThreads;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The tutor on the real JDA client against the local fake Discord: a scripted chat model, the
 * in-memory stores, and one admin ({@code discord:9999}).
 */
final class DiscordRig implements AutoCloseable {

    static final String TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMA.fake.SECRET-token-7c1f";
    static final String ADMIN = "9999";
    static final Duration WAIT = Duration.ofSeconds(30);

    final FakeDiscord discord;
    final ScriptedChatModel model = new ScriptedChatModel();
    final InMemoryLearnerStore learners = new InMemoryLearnerStore();
    final PracticeThreads practiceThreads = new InMemoryPracticeThreads();
    final MessageLedger ledger;
    final TutorBot bot;
    final DiscordAdapter adapter;

    /** Retries through 5xx without sleeping, so tests of transient failures stay quick. */
    static final Deliveries QUICK = new Deliveries(DeliverySettings.defaults(), Clock.systemUTC(),
            wait -> Thread.sleep(Math.min(5, wait.toMillis())), new java.util.Random(3));

    private DiscordRig(MessageLedger ledger, Consumer<TutorBotBuilder> customise, List<String> firstAnswers) {
        this(ledger, customise, firstAnswers, null, QUICK);
    }

    private DiscordRig(MessageLedger ledger, Consumer<TutorBotBuilder> customise, List<String> firstAnswers, ChatModel otherModel,
                       Deliveries deliveries) {
        this(new FakeDiscord(), ledger, customise, firstAnswers, otherModel, deliveries);
    }

    private DiscordRig(FakeDiscord discord, MessageLedger ledger, Consumer<TutorBotBuilder> customise, List<String> firstAnswers,
                       ChatModel otherModel, Deliveries deliveries) {
        this.discord = discord;
        this.ledger = ledger;
        firstAnswers.forEach(model::answer);
        TutorBotBuilder builder = new TutorBotBuilder(otherModel == null ? model : otherModel).learners(learners).ledger(ledger)
                .settings(TutorSettings.defaults().withAdmins(Set.of(new LearnerId(Platform.DISCORD, ADMIN))));
        customise.accept(builder);
        this.bot = builder.build();
        try {
            this.adapter = DiscordAdapter.start(settings(discord), bot, Clock.systemUTC(), practiceThreads, deliveries);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            bot.shutdown(Duration.ofSeconds(1));
            discord.close();
            throw e;
        }
    }

    static DiscordRig start() {
        return start(builder -> { });
    }

    static DiscordRig start(Consumer<TutorBotBuilder> customise) {
        return new DiscordRig(new InMemoryMessageLedger(Duration.ofDays(2), 10_000, Clock.systemUTC()), customise, List.of());
    }

    /** Starts on a ledger that may hold messages from "before the restart"; the model's first answers are scripted up front. */
    static DiscordRig startWithLedger(MessageLedger ledger, String... firstAnswers) {
        return new DiscordRig(ledger, builder -> { }, List.of(firstAnswers));
    }

    /** Starts with another chat model (e.g. one that holds its answer mid-stream) on the given ledger. */
    static DiscordRig startWithModel(MessageLedger ledger, ChatModel chatModel) {
        return new DiscordRig(ledger, builder -> { }, List.of(), chatModel, QUICK);
    }

    /** A second bot on the Discord a crashed one left: same fake (its chats and messages), same ledger. */
    static DiscordRig restartOn(DiscordRig crashed, String... firstAnswers) {
        return new DiscordRig(crashed.discord, crashed.ledger, builder -> { }, List.of(firstAnswers), null, QUICK);
    }

    /**
     * The process "dies": its gateway session and REST client are gone, its workers stay stuck
     * where they were (a held model answer never reaches Discord). The fake stays for the restart;
     * {@link #buryCrashed} ends the workers once the test is done.
     */
    void crash() {
        adapter.close();
    }

    void buryCrashed() {
        bot.shutdown(Duration.ZERO);
    }

    static DiscordSettings settings(FakeDiscord discord) {
        return DiscordSettings.forToken(Secret.of(TOKEN))
                .withApiUrl(URI.create(discord.rest().baseUrl()))
                .withGatewayUrl(URI.create(discord.gateway().url()));
    }

    FakeDiscordRest rest() {
        return discord.rest();
    }

    /** The first call matching, waiting for it. */
    RecordedRequest await(String method, String pathRegex, Predicate<RecordedRequest> condition) {
        return rest().await(r -> r.is(method, pathRegex) && condition.test(r), WAIT);
    }

    /** The learner's level once the profile is saved (the reply goes out just before the save). */
    de.sprechstunde.core.learner.CefrLevel levelOf(String userId) {
        java.time.Instant deadline = java.time.Instant.now().plus(WAIT);
        LearnerId learner = new LearnerId(Platform.DISCORD, userId);
        de.sprechstunde.core.learner.CefrLevel level = null;
        while (java.time.Instant.now().isBefore(deadline)) {
            level = learners.find(learner).map(p -> p.level()).orElse(null);
            if (level != null && level != de.sprechstunde.core.learner.CefrLevel.A2) {
                return level;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return level;
    }

    /** Messages posted to a channel and the edits of them, in order. */
    List<RecordedRequest> channelCalls(String channelId) {
        return rest().requests().stream()
                .filter(r -> r.path().startsWith("channels/" + channelId + "/messages")).toList();
    }

    @Override
    public void close() {
        adapter.close();
        bot.shutdown(Duration.ofSeconds(5));
        discord.close();
    }
}
