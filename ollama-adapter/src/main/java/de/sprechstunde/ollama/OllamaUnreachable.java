package de.sprechstunde.ollama;

/** Ollama did not answer a basic call ({@code /api/tags}, {@code /api/ps}): down, unreachable or broken. */
final class OllamaUnreachable extends Exception {

    private static final long serialVersionUID = 1L;

    OllamaUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
