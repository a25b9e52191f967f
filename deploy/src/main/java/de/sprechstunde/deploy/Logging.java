package de.sprechstunde.deploy;

import java.nio.file.Path;

/**
 * Sets logback's properties from the validated configuration. Must run before the first logger is
 * created: logback reads them once, when it configures itself.
 */
final class Logging {

    private Logging() {
    }

    /**
     * @param level       LOG_LEVEL
     * @param consoleChat whether stdin/stdout is the chat: then the terminal shows only warnings and
     *                    the full log goes to a file under the data directory
     */
    static void configure(String level, boolean consoleChat, Path dataDir) {
        System.setProperty("sprechstunde.log.level", level);
        if (consoleChat) {
            System.setProperty("sprechstunde.stderr.threshold", "WARN");
            System.setProperty("sprechstunde.file.threshold", "TRACE");
            System.setProperty("sprechstunde.logfile", dataDir.resolve("sprechstunde.log").toString());
        }
    }
}
