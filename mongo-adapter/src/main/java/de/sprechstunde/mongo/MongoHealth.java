package de.sprechstunde.mongo;

import com.mongodb.client.MongoDatabase;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;

/** {@code mongodb}: a {@code ping} command and its round-trip time. */
final class MongoHealth implements HealthIndicator {

    private final MongoDatabase database;
    private final boolean embedded;

    MongoHealth(MongoDatabase database, boolean embedded) {
        this.database = database;
        this.embedded = embedded;
    }

    @Override
    public ComponentHealth check() {
        long start = System.nanoTime();
        String mode = embedded ? "embedded" : "external";
        try {
            database.runCommand(new Document("ping", 1));
            return new ComponentHealth("mongodb", ComponentHealth.Status.UP, Duration.ofNanos(System.nanoTime() - start),
                    mode + ", database " + database.getName(), Map.of("mode", mode));
        } catch (RuntimeException e) {
            return new ComponentHealth("mongodb", ComponentHealth.Status.DOWN, Duration.ofNanos(System.nanoTime() - start),
                    "unreachable (" + e.getClass().getSimpleName() + "): writes are buffered, reads come from recent memory",
                    Map.of("mode", mode));
        }
    }
}
