package de.sprechstunde.discord;

import org.slf4j.LoggerFactory;

/**
 * JDA logs every gateway payload it sends at TRACE, the IDENTIFY with the raw bot token among
 * them. Starting with that logger at TRACE would write the token to the log, so the adapter
 * refuses and says which logger to turn down.
 */
final class TokenSafeLogging {

    static final String JDA_WEBSOCKET_LOGGER = "net.dv8tion.jda.internal.requests.WebSocketClient";

    private TokenSafeLogging() {
    }

    static void requireNoPayloadTracing() {
        if (LoggerFactory.getLogger(JDA_WEBSOCKET_LOGGER).isTraceEnabled()) {
            throw new IllegalStateException("logger " + JDA_WEBSOCKET_LOGGER + " is at TRACE, where JDA logs the Discord bot token "
                    + "with every login; set it (or net.dv8tion) to DEBUG or higher");
        }
    }
}
