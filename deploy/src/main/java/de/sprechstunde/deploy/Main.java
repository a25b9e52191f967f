package de.sprechstunde.deploy;

import de.sprechstunde.deploy.config.AppConfig;
import de.sprechstunde.deploy.config.ConfigException;
import de.sprechstunde.deploy.config.ConfigLoader;
import de.sprechstunde.deploy.config.Env;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the bot. Exit codes: 0 after a console chat ends, 2 for a configuration error (one line on
 * stderr naming the variable), 1 when start-up fails otherwise.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // the /progress chart is drawn in memory; there is no display on a server
        System.setProperty("java.awt.headless", "true");
        // the JDK's HTTP server (webhook, /health, /metrics) otherwise answers with Nagle's algorithm
        // on, which meets the client's delayed ACK and adds ~40 ms to every response
        System.setProperty("sun.net.httpserver.nodelay", "true");
        AppConfig config;
        try {
            config = ConfigLoader.load(Env.fromSystem());
        } catch (ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        // before the first logger exists: logback reads these properties once
        Logging.configure(config.logging(), config.consoleChat(), config.dataDir());

        Application application;
        try {
            application = Application.start(config, Clock.systemUTC());
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(Main.class).error("start-up failed", e);
            System.err.println("Start-up failed: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            application.close();
            stopped.countDown();
        }, "shutdown"));

        if (config.consoleChat()) {
            application.runConsole(System.in, System.out);
            System.exit(0);
        }
        stopped.await();
    }
}
