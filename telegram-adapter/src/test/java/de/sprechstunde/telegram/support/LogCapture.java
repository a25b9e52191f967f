package de.sprechstunde.telegram.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects everything logged while a test runs, with exception texts, to assert on log lines. */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** Each event as one line: level, logger, message, and any exception's class and message chain. */
    public List<String> lines() {
        return appender.list.stream().map(LogCapture::line).toList();
    }

    private static String line(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage());
        for (var error = event.getThrowableProxy(); error != null; error = error.getCause()) {
            text.append(" | ").append(error.getClassName()).append(": ").append(error.getMessage());
        }
        return text.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
