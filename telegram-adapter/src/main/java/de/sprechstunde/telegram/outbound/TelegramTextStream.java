package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.StreamProgress;
import de.sprechstunde.core.message.TextStream;
import de.sprechstunde.telegram.api.ApiResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Shows a streamed answer as it grows: the first words as a new message, then edits, each only
 * when the chat has a free slot (about once a second; updates in between are skipped, never
 * waited for, so the model's stream is not held up). Past
 * 4096 characters the answer continues in a further message. {@link #complete} makes every part
 * exact, adds the keyboard and removes parts that are no longer needed. The ids of its messages
 * are reported to the core ({@link StreamProgress}); a stream that resumes a reply after a crash
 * starts from the messages the first attempt left and edits them. Not thread-safe: the core calls
 * it from one worker.
 */
final class TelegramTextStream implements TextStream {

    private final TextSender sender;
    private final Destination to;
    private final List<Integer> messageIds = new ArrayList<>();
    /** The markdown each of our messages shows now. */
    private final List<String> shown = new ArrayList<>();
    private final StreamProgress progress;
    private boolean finished;

    TelegramTextStream(TextSender sender, Destination to, StreamProgress progress) {
        this.sender = sender;
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
    }

    @Override
    public void update(String textSoFar) {
        if (finished) {
            return;
        }
        List<String> parts = sender.split(textSoFar);
        for (int i = 0; i < parts.size(); i++) {
            if (i >= messageIds.size()) {
                sendNew(parts.get(i), Optional.empty(), true);
                return;
            }
            if (!parts.get(i).equals(shown.get(i))) {
                // at most one call per update: the rest waits for the next free slot or for complete()
                ApiResult<Serializable> result = sender.editPart(destination(i), messageIds.get(i), parts.get(i), Optional.empty(), true);
                if (result.delivered()) {
                    shown.set(i, parts.get(i));
                }
                return;
            }
        }
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
        finished = true;
        try {
            show(sender.split(text.text()), sender.keyboard(text.choices()));
        } catch (DeliveryFailedException e) {
            // the retry shows the whole text again, editing the messages reported so far
            throw new DeliveryFailedException(e.getMessage(), text);
        } finally {
            report();
        }
    }

    private void report() {
        progress.showing(messageIds.stream().map(String::valueOf).toList());
    }

    private void show(List<String> parts, Optional<InlineKeyboardMarkup> keyboard) {
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            Optional<InlineKeyboardMarkup> markup = last ? keyboard : Optional.empty();
            if (i >= messageIds.size()) {
                if (!sendNew(parts.get(i), markup, false)) {
                    return;
                }
            } else if (!parts.get(i).equals(shown.get(i)) || markup.isPresent()) {
                ApiResult<Serializable> result = sender.editPart(destination(i), messageIds.get(i), parts.get(i), markup, false);
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

    private boolean sendNew(String part, Optional<InlineKeyboardMarkup> keyboard, boolean ifFree) {
        Optional<Integer> id = sender.sendPart(destination(messageIds.size()), part, keyboard, ifFree);
        id.ifPresent(messageId -> {
            messageIds.add(messageId);
            shown.add(part);
            report();
        });
        return id.isPresent();
    }

    /** Only the first message quotes the learner's. */
    private Destination destination(int part) {
        return part == 0 ? to : to.unquoted();
    }
}
