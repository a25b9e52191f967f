package de.sprechstunde.discord.gateway;

import de.sprechstunde.core.config.Secret;
import java.net.URI;
import java.util.OptionalInt;

/**
 * What opening the gateway sessions needs of the adapter's settings.
 *
 * @param shards empty for one session; a count, or 0 for "as many as Discord recommends"
 */
public record GatewaySettings(Secret token, URI apiUrl, URI gatewayUrl, OptionalInt shards, boolean compression) {
}
