package de.sprechstunde.core.message;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * A voice note the platform will not hand over, or that turned out larger than the limit while it
 * was downloaded: sending it again cannot help, so the learner is told the size and the limit.
 */
public final class VoiceTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long sizeBytes;
    private final long limitBytes;

    /**
     * @param sizeBytes  the size the platform reported or that was read before stopping; negative when unknown
     * @param limitBytes the limit that was exceeded
     */
    public VoiceTooLargeException(long sizeBytes, long limitBytes) {
        super((sizeBytes >= 0 ? sizeBytes + " bytes" : "more bytes") + " than the limit of " + limitBytes);
        this.sizeBytes = sizeBytes;
        this.limitBytes = limitBytes;
    }

    public OptionalLong sizeBytes() {
        return sizeBytes >= 0 ? OptionalLong.of(sizeBytes) : OptionalLong.empty();
    }

    public long limitBytes() {
        return limitBytes;
    }
}
