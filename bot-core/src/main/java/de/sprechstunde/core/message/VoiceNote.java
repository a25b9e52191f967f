package de.sprechstunde.core.message;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A voice note or audio file as the platform announced it, before anything is downloaded.
 * The bytes are fetched later through {@link ChatPlatform#download(VoiceNote)}, so an accepted
 * message can be stored and replayed after a restart.
 *
 * @param fileRef   the platform's handle for the file (Telegram file_id, Discord attachment URL)
 * @param duration  the duration the platform reported, if any
 * @param sizeBytes the size the platform reported, or -1 when unknown
 * @param mimeType  e.g. {@code audio/ogg}; empty when unknown
 */
public record VoiceNote(String fileRef, Optional<Duration> duration, long sizeBytes, String mimeType) {
    public VoiceNote {
        Objects.requireNonNull(fileRef, "fileRef");
        Objects.requireNonNull(duration, "duration");
        mimeType = mimeType == null ? "" : mimeType;
    }
}
