package de.sprechstunde.telegram.support;

import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.config.Secret;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.telegram.api.BackoffWait;
import de.sprechstunde.telegram.api.BlockedChats;
import de.sprechstunde.telegram.api.BotApi;
import de.sprechstunde.telegram.api.ChatRef;
import de.sprechstunde.telegram.api.FloodControl;
import de.sprechstunde.telegram.api.TelegramConnection;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.outbound.ChatActions;
import de.sprechstunde.telegram.outbound.ChoiceKeyboards;
import de.sprechstunde.telegram.outbound.Destination;
import de.sprechstunde.telegram.outbound.Drafts;
import de.sprechstunde.telegram.outbound.MessageSplitter;
import de.sprechstunde.telegram.outbound.TelegramReplies;
import de.sprechstunde.telegram.outbound.TextSender;
import de.sprechstunde.telegram.outbound.TinyMarkdown;
import de.sprechstunde.telegram.outbound.PhotoSender;
import de.sprechstunde.telegram.outbound.VoiceSender;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The adapter's sending side alone (real telegrambots client, real pacing) against the fake, for sink tests. */
public final class Outbound implements AutoCloseable {

    public final TelegramConnection connection;
    public final BotApi api;
    public final ChoiceKeyboards keyboards = new ChoiceKeyboards();
    private final TelegramReplies replies;

    /** Streams by edits everywhere (no drafts), chats paced at {@code spacing}. */
    public Outbound(FakeBotApi telegram, Duration spacing) {
        this(telegram, spacing, BackoffWait.REAL, false);
    }

    /**
     * @param backoffWait how long retry backoffs really last
     * @param drafts      true to stream private chats as native drafts
     */
    public Outbound(FakeBotApi telegram, Duration spacing, BackoffWait backoffWait, boolean drafts) {
        Secret token = Secret.of(FakeBotApi.TOKEN);
        connection = new TelegramConnection(telegram.url(), token, Duration.ofSeconds(1));
        api = new BotApi(connection.client(), new FloodControl(Clock.systemUTC(), spacing, spacing, 30), new BlockedChats(),
                token, DeliverySettings.defaults(), backoffWait, Clock.systemUTC(), new java.util.Random(7));
        TinyMarkdown markdown = new TinyMarkdown();
        TextSender texts = new TextSender(api, markdown, new MessageSplitter(), keyboards);
        replies = new TelegramReplies(api, texts, new VoiceSender(api, markdown, texts), new PhotoSender(api, markdown, texts),
                new ChatActions(api, Clock.systemUTC()), new Drafts(drafts));
    }

    public ReplySink sink(long chatId) {
        return replies.sinkFor(new Destination(ChatRef.of(chatId), Optional.empty()));
    }

    public ReplySink sink(Destination destination) {
        return replies.sinkFor(destination);
    }

    @Override
    public void close() {
        api.close();
        connection.close();
    }
}
