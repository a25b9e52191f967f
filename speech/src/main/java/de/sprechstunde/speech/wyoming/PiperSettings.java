package de.sprechstunde.speech.wyoming;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where Piper's Wyoming server is and how it is used.
 *
 * @param host             server host ({@code PIPER_HOST=tcp://host:port})
 * @param port             server port, 10200 by convention
 * @param voice            the voice to ask for ({@code PIPER_VOICE})
 * @param connectTimeout   how long to wait for a connection
 * @param synthesisTimeout the longest one synthesis may take, and the longest silence between two events ({@code PIPER_TIMEOUT_SECONDS})
 * @param maxIdle          how long an idle connection is kept for reuse
 * @param slowTempo        the tempo of slow speech (words to retry), 0.5–1
 */
public record PiperSettings(String host, int port, String voice, Duration connectTimeout, Duration synthesisTimeout,
                            Duration maxIdle, double slowTempo) {

    /** The configuration contract's voice ({@code PIPER_VOICE}). */
    public static final String DEFAULT_VOICE = "de_DE-thorsten-high";
    /** What a voice name may contain. */
    public static final Pattern VOICE = Pattern.compile("[A-Za-z0-9_.+-]+");

    public PiperSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1–65535");
        }
        if (voice == null || !VOICE.matcher(voice).matches()) {
            throw new IllegalArgumentException("voice must be a Piper voice name such as de_DE-thorsten-high");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(synthesisTimeout, "synthesisTimeout");
        Objects.requireNonNull(maxIdle, "maxIdle");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || synthesisTimeout.isNegative() || synthesisTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (!(slowTempo >= 0.5 && slowTempo <= 1)) {
            throw new IllegalArgumentException("slowTempo must be between 0.5 and 1");
        }
    }

    /**
     * Reads {@code tcp://host:port}.
     *
     * @throws IllegalArgumentException when the address is not of that form
     */
    public static PiperSettings at(String address, String voice) {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must look like tcp://piper:10200", e);
        }
        if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("must look like tcp://piper:10200");
        }
        return new PiperSettings(uri.getHost(), uri.getPort(), voice, Duration.ofSeconds(3), Duration.ofSeconds(30),
                Duration.ofSeconds(60), 0.75);
    }

    public PiperSettings withSynthesisTimeout(Duration timeout) {
        return new PiperSettings(host, port, voice, connectTimeout, timeout, maxIdle, slowTempo);
    }
}
