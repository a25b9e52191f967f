package de.sprechstunde.core.testing;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.DirectDelivery;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceNote;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A platform whose files are held in memory, whose replayed replies go to one recording sink and
 * whose unprompted messages (reminders) are recorded.
 */
public final class FakeChatPlatform implements ChatPlatform {

    private final Platform platform;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final RecordingReplySink replaySink = new RecordingReplySink();
    private final List<Direct> direct = new CopyOnWriteArrayList<>();
    private volatile DirectDelivery directOutcome = DirectDelivery.DELIVERED;

    public FakeChatPlatform(Platform platform) {
        this.platform = platform;
    }

    public FakeChatPlatform file(String fileRef, byte[] bytes) {
        files.put(fileRef, bytes);
        return this;
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public byte[] download(VoiceNote note) throws IOException {
        byte[] bytes = files.get(note.fileRef());
        if (bytes == null) {
            throw new IOException("no such file: " + note.fileRef());
        }
        return bytes;
    }

    @Override
    public ReplySink replyTo(IncomingMessage message) {
        return replaySink;
    }

    public RecordingReplySink replaySink() {
        return replaySink;
    }

    /** Records what was sent unprompted and answers with the outcome set by {@link #directOutcome}. */
    @Override
    public DirectDelivery sendDirect(LearnerId learner, List<Reply> replies) {
        if (directOutcome == DirectDelivery.DELIVERED) {
            direct.add(new Direct(learner, List.copyOf(replies)));
        }
        return directOutcome;
    }

    public FakeChatPlatform directOutcome(DirectDelivery outcome) {
        this.directOutcome = outcome;
        return this;
    }

    /** The unprompted messages delivered, in order. */
    public List<Direct> direct() {
        return List.copyOf(direct);
    }

    /** One unprompted delivery. */
    public record Direct(LearnerId learner, List<Reply> replies) {
    }
}
