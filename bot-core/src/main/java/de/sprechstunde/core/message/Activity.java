package de.sprechstunde.core.message;

/** What the tutor is busy with, shown by platforms as "typing…" or "recording voice…". */
public enum Activity {
    TYPING,
    RECORDING_VOICE
}
