package de.sprechstunde.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ChatModelException.Reason;
import io.github.ollama4j.exceptions.OllamaException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;

/** ollama4j wraps every failure twice in OllamaException (once in the caller, once in Ollama.chat). */
class OllamaFailuresTest {

    private static OllamaException wrapped(Exception cause) {
        OllamaException inner = new OllamaException(cause.getMessage(), cause);
        return new OllamaException(inner.getMessage(), inner);
    }

    @Test
    void anUnknownHostOrARefusedConnectionIsUnavailable() {
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());

        assertEquals(Reason.UNAVAILABLE, OllamaFailures.reasonOf(wrapped(unresolved)));
        assertEquals(Reason.UNAVAILABLE, OllamaFailures.reasonOf(wrapped(new ConnectException())));
        assertEquals(Reason.UNAVAILABLE, OllamaFailures.reasonOf(wrapped(new HttpConnectTimeoutException("connect timed out"))));
    }

    @Test
    void noResponseInTimeIsATimeout() {
        assertEquals(Reason.TIMEOUT, OllamaFailures.reasonOf(wrapped(new HttpTimeoutException("request timed out"))));
    }

    @Test
    void bothWordingsOfModelNotFoundMeanTheModelIsMissing() {
        assertEquals(Reason.MODEL_MISSING, OllamaFailures.reasonOf(new OllamaException("model 'mistral:7b' not found")));
        assertEquals(Reason.MODEL_MISSING,
                OllamaFailures.reasonOf(new OllamaException("model \"mistral:7b\" not found, try pulling it first")));
    }

    @Test
    void otherServerErrorsAreFailures() {
        assertEquals(Reason.FAILED, OllamaFailures.reasonOf(new OllamaException("llama runner process has terminated")));
        assertEquals(Reason.FAILED, OllamaFailures.reasonOf(new OllamaException("")));
    }

    @Test
    void onlyUnavailableAndFailedAreRetried() {
        assertTrue(OllamaFailures.retryable(Reason.UNAVAILABLE));
        assertTrue(OllamaFailures.retryable(Reason.FAILED));
        assertFalse(OllamaFailures.retryable(Reason.MODEL_MISSING));
        assertFalse(OllamaFailures.retryable(Reason.TIMEOUT));
    }

    @Test
    void theDescriptionNamesTheRealCauseNotTheWrapper() {
        assertEquals("ConnectException", OllamaFailures.describe(wrapped(new ConnectException())));
        assertEquals("HttpTimeoutException: request timed out",
                OllamaFailures.describe(wrapped(new HttpTimeoutException("request timed out"))));
        assertEquals("OllamaException: model 'x' not found", OllamaFailures.describe(new OllamaException("model 'x' not found")));
    }
}
