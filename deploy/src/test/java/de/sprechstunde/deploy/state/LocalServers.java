package de.sprechstunde.deploy.state;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.mongo.MongoSettings;
import de.sprechstunde.redis.SharedRedis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

/** Local servers and settings for the state tests: in-process MongoDB, the shared Redis, free ports. */
public final class LocalServers {

    private LocalServers() {
    }

    /** An in-memory MongoDB wire-protocol server on a free port; shut it down after the test. */
    static MongoServer memoryMongo() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind();
        return server;
    }

    static String uri(MongoServer server) {
        return server.getConnectionString() + "/" + MongoSettings.DEFAULT_DATABASE;
    }

    /** Settings with a small pool on {@code mongoUri} and, when {@code redisPrefix} is given, the shared Redis. */
    static StateSettings settings(String mongoUri, String redisPrefix, Path dataDir) {
        StateSettings settings = StateSettings.defaults(dataDir)
                .withMongo(MongoSettings.defaults().withPool(8, 0).withTimeout(Duration.ofSeconds(10)).withUri(mongoUri));
        return redisPrefix == null ? settings : settings.withRedis(SharedRedis.settings(redisPrefix));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls {@code condition} every 100 ms for up to {@code limit}; generous, never asserting a speed. */
    public static boolean eventually(Duration limit, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    /** Gives the bot one message and waits until it has answered. */
    static RecordingReplySink send(TutorBot bot, IncomingMessage message) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(message, sink).join();
        return sink;
    }
}
