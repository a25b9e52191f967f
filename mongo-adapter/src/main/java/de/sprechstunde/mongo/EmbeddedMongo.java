package de.sprechstunde.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server) storing into one H2 file under
 * the data directory, on a free loopback port, so the real driver code runs without a MongoDB.
 * Data survives a restart. Stopping it flushes and closes the file.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    static final String FILE_NAME = "sprechstunde-mongo.mv";

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** Starts the server on the file {@code sprechstunde-mongo.mv} in {@code dataDir}, creating the directory. */
    public static EmbeddedMongo start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create DATA_DIR " + dataDir, e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        H2Backend backend;
        try {
            backend = new H2Backend(file.toString());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the embedded MongoDB store " + file
                    + " (is another bot using this DATA_DIR, or is it not writable?)", e);
        }
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        log.info("embedded MongoDB on {} storing in {}", address, file);
        return new EmbeddedMongo(server, address);
    }

    /** {@code mongodb://127.0.0.1:<port>/sprechstunde}. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + MongoSettings.DEFAULT_DATABASE;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
