package de.sprechstunde.telegram.support;

import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.config.Secret;
import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.testing.FixedTranscriber;
import de.sprechstunde.core.testing.PassThroughTranscoder;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.telegram.TelegramAdapter;
import de.sprechstunde.telegram.TelegramSettings;
import de.sprechstunde.telegram.api.BackoffWait;
import de.sprechstunde.telegram.fake.FakeBotApi;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The real tutor core and the real Telegram adapter (telegrambots + OkHttp) against a local fake
 * Bot API. Tests choose the model's answers, the core's ports and the adapter's settings.
 */
public final class TelegramHarness implements AutoCloseable {

    public final FakeBotApi telegram;
    public final ScriptedChatModel model = new ScriptedChatModel();
    private ChatModel chatModel = model;
    private TutorBot bot;
    private TelegramAdapter adapter;
    private DeliverySettings delivery = DeliverySettings.defaults();
    private BackoffWait backoffWait = BackoffWait.REAL;
    private final List<AutoCloseable> crashed = new ArrayList<>();

    public TelegramHarness() throws IOException {
        this.telegram = new FakeBotApi();
    }

    /** Settings for tests: the fake's URL, one-second long polls, short spacing so tests stay quick. */
    public TelegramSettings settings() {
        return TelegramSettings.polling(Secret.of(FakeBotApi.TOKEN))
                .withApiUrl(telegram.url())
                .withPollTimeout(Duration.ofSeconds(1))
                .withSpacing(Duration.ofMillis(20), Duration.ofMillis(20));
    }

    /** Uses {@code other} instead of the scripted model. */
    public TelegramHarness withModel(ChatModel other) {
        this.chatModel = other;
        return this;
    }

    /** Retries with these settings, backoffs lasting what {@code waits} says (e.g. a few milliseconds). */
    public TelegramHarness withDelivery(DeliverySettings settings, BackoffWait waits) {
        this.delivery = settings;
        this.backoffWait = waits;
        return this;
    }

    /**
     * As if the process died: nothing more is received, nothing is finished or marked answered.
     * The abandoned bot and adapter are only cleaned up by {@link #close}.
     */
    public void crash() {
        adapter.stopReceiving();
        TelegramAdapter deadAdapter = adapter;
        TutorBot deadBot = bot;
        crashed.add(() -> {
            deadAdapter.close(Duration.ZERO);
            deadBot.shutdown(Duration.ZERO);
        });
        adapter = null;
        bot = null;
    }

    public TelegramHarness start() {
        return start(builder -> builder, settings(), Set.of());
    }

    /** Builds the core (the test may add ports), connects the adapter and starts it. */
    public TelegramHarness start(UnaryOperator<TutorBotBuilder> core, TelegramSettings settings, Set<LearnerId> admins) {
        bot = core.apply(new TutorBotBuilder(chatModel).settings(TutorSettings.defaults().withAdmins(admins)).delivery(delivery)).build();
        adapter = new TelegramAdapter(settings, bot, admins, Clock.systemUTC(), delivery, backoffWait);
        adapter.start();
        return this;
    }

    /** Starts with stand-in speech ports, so voice notes are downloaded and "heard". */
    public TelegramHarness startHearing(FixedTranscriber speech) {
        return start(core -> core.speechToText(speech).transcoder(new PassThroughTranscoder()), settings(), Set.of());
    }

    public TutorBot bot() {
        return bot;
    }

    public TelegramAdapter adapter() {
        return adapter;
    }

    /** The graceful order: stop taking updates, let the core finish, close the clients. */
    public void shutDown(Duration grace) {
        if (adapter != null) {
            adapter.stopReceiving();
        }
        if (bot != null) {
            bot.shutdown(grace);
        }
        if (adapter != null) {
            adapter.close();
        }
        adapter = null;
        bot = null;
    }

    @Override
    public void close() {
        shutDown(Duration.ofSeconds(5));
        for (AutoCloseable dead : crashed) {
            try {
                dead.close();
            } catch (Exception e) {
                // it was abandoned on purpose
            }
        }
        telegram.close();
    }
}
