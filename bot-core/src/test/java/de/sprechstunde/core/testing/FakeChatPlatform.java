package de.sprechstunde.core.testing;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatPlatform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceNote;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A platform whose files are held in memory and whose replayed replies go to one recording sink. */
public final class FakeChatPlatform implements ChatPlatform {

    private final Platform platform;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final RecordingReplySink replaySink = new RecordingReplySink();

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
}
