package de.sprechstunde.core.port;

/** Receives the answer as it streams. Called on the thread that called {@link ChatModel#chat}. */
@FunctionalInterface
public interface TokenListener {

    /** A new piece of the answer; {@code textSoFar} is everything received so far. */
    void onToken(String token, String textSoFar);

    TokenListener IGNORE = (token, textSoFar) -> { };
}
