package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.StreamProgress;
import de.sprechstunde.core.message.TextStream;
import de.sprechstunde.telegram.api.ApiResult;
import de.sprechstunde.telegram.api.BotApi;
import de.sprechstunde.telegram.api.StreamCall;
import de.sprechstunde.telegram.api.Traffic;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Shows a streamed answer as it grows, without ever making the model's worker wait: an update only
 * stores the newest text, and one queued refresh per stream sends whatever is newest when the
 * chat's next slot comes (updates in between are coalesced, never queued). In private chats the
 * refresh is a native draft and one message finishes the answer; in groups (and where the server
 * lacks drafts) the first words become a message that later refreshes edit, and past 4096
 * characters the answer continues in a further message. {@link #complete} waits for a refresh
 * still out, then makes every part exact, adds the keyboard and removes parts no longer needed;
 * it returns when the learner sees the final text. The ids of its messages are reported to the
 * core ({@link StreamProgress}) from the worker; a stream that resumes a reply after a crash
 * starts from the messages the first attempt left and edits them. The core calls it from one
 * worker; refreshes end on the send queue's thread, hence the lock.
 */
final class TelegramTextStream implements TextStream {

    private enum Kind { DRAFT, NEW, EDIT }

    /** What one refresh sends: its kind and the part it shows. */
    private record Sending(Kind kind, int part, String shows) {
    }

    private final TextSender sender;
    private final BotApi api;
    private final Drafts drafts;
    private final Destination to;
    private final StreamProgress progress;
    private final List<Integer> messageIds = new ArrayList<>();
    /** The markdown each of our messages shows now. */
    private final List<String> shown = new ArrayList<>();
    private List<Integer> reported = List.of();
    /** Reports of new messages, off the send queue's thread and in order; joined before the stream ends. */
    private CompletableFuture<Void> reporting = CompletableFuture.completedFuture(null);
    private final Object reportLock = new Object();
    private String newest = "";
    private String draftShows = "";
    private int draftId;
    private StreamCall queued;
    private CompletableFuture<Void> settled = CompletableFuture.completedFuture(null);
    private Sending sending;
    private boolean finished;

    TelegramTextStream(TextSender sender, BotApi api, Drafts drafts, Destination to, StreamProgress progress) {
        this.sender = sender;
        this.api = api;
        this.drafts = drafts;
        this.to = to;
        this.progress = progress;
        for (String id : progress.shown()) {
            try {
                messageIds.add(Integer.parseInt(id));
                // what the earlier attempt showed is not known: every part is edited
                shown.add("");
            } catch (NumberFormatException e) {
                // not a Telegram message id: nothing to take over
            }
        }
        reported = List.copyOf(messageIds);
    }

    @Override
    public void update(String textSoFar) {
        synchronized (this) {
            if (finished) {
                return;
            }
            newest = textSoFar;
            if (queued == null) {
                queueRefresh();
            }
        }
        report();
    }

    @Override
    public void complete(Reply.Text finalText) {
        finish(finalText);
    }

    @Override
    public void abort(Reply.Text apology) {
        finish(apology);
    }

    private void finish(Reply.Text text) {
        StreamCall pending;
        CompletableFuture<Void> refreshEnded;
        synchronized (this) {
            finished = true;
            pending = queued;
            refreshEnded = settled;
        }
        if (pending != null) {
            // called off unless it is already out; then its outcome (a message id) is needed
            pending.cancel();
            api.await(refreshEnded.thenApply(nothing -> (ApiResult<Void>) new ApiResult.Done<Void>(nothing)));
        }
        try {
            synchronized (this) {
                show(sender.split(text.text()), sender.keyboard(text.choices()));
            }
        } catch (DeliveryFailedException e) {
            // the retry shows the whole text again, editing the messages reported so far
            throw new DeliveryFailedException(e.getMessage(), text);
        } finally {
            CompletableFuture<Void> earlier;
            synchronized (this) {
                earlier = reporting;
            }
            earlier.join();
            report();
        }
    }

    /** Queues one refresh; the caller holds the lock. */
    private void queueRefresh() {
        boolean drafting = drafts.usableFor(to) && messageIds.isEmpty();
        settled = new CompletableFuture<>();
        CompletableFuture<Void> ends = settled;
        queued = api.streamUpdate(to.chatId(), drafting ? Traffic.DRAFT : Traffic.STREAM_EDIT, () -> nextRequest(drafting));
        queued.result().whenComplete((result, error) -> refreshed(result, ends));
    }

    /** Builds the refresh from the newest text when it goes out (on the send queue's thread). */
    private synchronized Optional<BotApiMethod<? extends Serializable>> nextRequest(boolean drafting) {
        if (finished || drafting && !drafts.usableFor(to)) {
            return Optional.empty();
        }
        List<String> parts = sender.split(newest);
        if (drafting) {
            String growing = parts.get(parts.size() - 1);
            if (growing.isBlank() || growing.equals(draftShows)) {
                return Optional.empty();
            }
            draftId = draftId == 0 ? drafts.newId() : draftId;
            sending = new Sending(Kind.DRAFT, parts.size() - 1, growing);
            return Optional.of(drafts.draft(to, draftId, sender.html(growing)));
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i >= messageIds.size()) {
                if (parts.get(i).isBlank()) {
                    return Optional.empty();
                }
                sending = new Sending(Kind.NEW, i, parts.get(i));
                return Optional.of(sender.newMessage(destination(i), parts.get(i), Optional.empty()));
            }
            if (!parts.get(i).equals(shown.get(i))) {
                // one call per refresh: the rest follows in the next slot, or in complete()
                sending = new Sending(Kind.EDIT, i, parts.get(i));
                return Optional.of(sender.edit(destination(i), messageIds.get(i), parts.get(i), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private void refreshed(ApiResult<Serializable> result, CompletableFuture<Void> ends) {
        synchronized (this) {
            Sending sent = sending;
            sending = null;
            queued = null;
            boolean fellBack = false;
            if (sent != null && result != null) {
                apply(sent, result);
                if (sent.kind() == Kind.DRAFT) {
                    drafts.learn(result);
                    fellBack = !drafts.usableFor(to);
                }
            }
            // the next refresh sends what still differs (or nothing); only after one got through, so a failing one
            // waits for the next update and nothing spins
            boolean through = result != null && result.delivered() || fellBack;
            if (!finished && through && sent != null) {
                queueRefresh();
            }
        }
        ends.complete(null);
    }

    private void apply(Sending sent, ApiResult<Serializable> result) {
        if (!result.delivered()) {
            return;
        }
        switch (sent.kind()) {
            case DRAFT -> draftShows = sent.shows();
            case EDIT -> shown.set(sent.part(), sent.shows());
            case NEW -> result.result().filter(Message.class::isInstance).map(Message.class::cast).ifPresent(message -> {
                messageIds.add(message.getMessageId());
                shown.add(sent.shows());
                // at once, so a crash from here on edits this message instead of leaving it behind
                reporting = reporting.thenRunAsync(this::report);
            });
        }
    }

    /**
     * Tells the core which messages show the reply, never from the send queue's thread (the core may
     * write it to its store); one report at a time, so a later one never lands before an earlier one.
     */
    private void report() {
        synchronized (reportLock) {
            List<Integer> now;
            synchronized (this) {
                if (messageIds.equals(reported)) {
                    return;
                }
                now = List.copyOf(messageIds);
                reported = now;
            }
            progress.showing(now.stream().map(String::valueOf).toList());
        }
    }

    private void show(List<String> parts, Optional<InlineKeyboardMarkup> keyboard) {
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            Optional<InlineKeyboardMarkup> markup = last ? keyboard : Optional.empty();
            if (i >= messageIds.size()) {
                Optional<Integer> id = sender.sendPart(destination(i), parts.get(i), markup);
                if (id.isEmpty()) {
                    return;
                }
                messageIds.add(id.get());
                shown.add(parts.get(i));
            } else if (!parts.get(i).equals(shown.get(i)) || markup.isPresent()) {
                ApiResult<Serializable> result = sender.editPart(destination(i), messageIds.get(i), parts.get(i), markup);
                if (result instanceof ApiResult.Failed) {
                    // e.g. the learner deleted the message meanwhile: the part must still arrive
                    messageIds.set(i, sender.sendPart(destination(i), parts.get(i), markup).orElse(messageIds.get(i)));
                } else if (!result.delivered()) {
                    return;
                }
                shown.set(i, parts.get(i));
            }
        }
        for (int i = messageIds.size() - 1; i >= parts.size(); i--) {
            sender.delete(to, messageIds.remove(i));
            shown.remove(i);
        }
    }

    /** Only the first message quotes the learner's. */
    private Destination destination(int part) {
        return part == 0 ? to : to.unquoted();
    }
}
