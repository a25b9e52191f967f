/**
 * Building blocks shared by the Redis and MongoDB adapters and their fallbacks: how stored values
 * are encoded, the breaker that notices an outage and the buffer that keeps writes through one.
 */
package de.sprechstunde.core.storage;
