package de.sprechstunde.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** An in-process MongoDB wire-protocol server in memory, and the real driver's adapters on it. */
public final class TestMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoBackend backend;

    public TestMongo(Clock clock) {
        this(clock, MongoSettings.defaults().withPool(8, 0).withTimeout(Duration.ofSeconds(10)));
    }

    public TestMongo(Clock clock, MongoSettings settings) {
        this.server = new MongoServer(new MemoryBackend());
        String uri = server.bindAndGetConnectionString() + "/" + MongoSettings.DEFAULT_DATABASE;
        this.backend = MongoBackend.connect(settings.withUri(uri), Path.of("unused"), Duration.ofDays(2), clock);
    }

    public MongoBackend backend() {
        return backend;
    }

    @Override
    public void close() {
        backend.close();
        server.shutdownNow();
    }
}
