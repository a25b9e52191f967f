package de.sprechstunde.deploy;

import de.sprechstunde.deploy.config.LogSettings;
import java.nio.file.Path;

/**
 * Sets logback's properties from the validated configuration. Must run before the first logger is
 * created: logback reads them once, when it configures itself.
 */
final class Logging {

    private Logging() {
    }

    /**
     * @param logging     LOG_LEVEL and LOG_FORMAT
     * @param consoleChat whether stdin/stdout is the chat: then the terminal shows only warnings and
     *                    the full log goes to a file under the data directory
     */
    static void configure(LogSettings logging, boolean consoleChat, Path dataDir) {
        System.setProperty("sprechstunde.log.level", logging.level());
        String stderrThreshold = consoleChat ? "WARN" : "TRACE";
        // one of the two stderr appenders is open: the text one or the JSON one
        System.setProperty("sprechstunde.stderr.threshold", logging.json() ? "OFF" : stderrThreshold);
        System.setProperty("sprechstunde.json.threshold", logging.json() ? stderrThreshold : "OFF");
        if (consoleChat) {
            System.setProperty("sprechstunde.file.threshold", "TRACE");
            System.setProperty("sprechstunde.logfile", dataDir.resolve("sprechstunde.log").toString());
        }
    }
}
