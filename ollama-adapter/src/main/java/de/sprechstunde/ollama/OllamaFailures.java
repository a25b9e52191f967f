package de.sprechstunde.ollama;

import de.sprechstunde.core.port.ChatModelException.Reason;
import io.github.ollama4j.exceptions.OllamaException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns what ollama4j throws into the reason the learner is told. ollama4j wraps everything in
 * {@code OllamaException} and keeps only the server's error text for 400/404/500 (not the status),
 * so the cause chain and that text are all there is to go on.
 */
final class OllamaFailures {

    // Ollama has said both "model 'x' not found" and "model \"x\" not found, try pulling it first"
    private static final Pattern MODEL_NOT_FOUND = Pattern.compile("(?i).*\\bmodel\\b.*\\bnot found\\b.*", Pattern.DOTALL);

    private OllamaFailures() {
    }

    static Reason reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return Reason.UNAVAILABLE;
            }
            if (t instanceof HttpTimeoutException) {
                return Reason.TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException || t instanceof NoRouteToHostException) {
                return Reason.UNAVAILABLE;
            }
        }
        String message = failure.getMessage();
        if (message != null && MODEL_NOT_FOUND.matcher(message).matches()) {
            return Reason.MODEL_MISSING;
        }
        return Reason.FAILED;
    }

    /** Whether another attempt may help: the server was down or failed, but does have the model. */
    static boolean retryable(Reason reason) {
        return reason == Reason.UNAVAILABLE || reason == Reason.FAILED;
    }

    /**
     * A short description for logs: the first cause that is not ollama4j's wrapper (e.g.
     * {@code ConnectException}) and the innermost message; never a request body.
     */
    static String describe(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        Throwable named = chain.stream().filter(t -> !(t instanceof OllamaException)).findFirst()
                .orElse(chain.get(chain.size() - 1));
        String message = "";
        for (int i = chain.size() - 1; i >= 0 && message.isEmpty(); i--) {
            String candidate = chain.get(i).getMessage();
            message = candidate == null || candidate.isBlank() || candidate.equals("null") ? "" : candidate.strip();
        }
        String text = named.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
