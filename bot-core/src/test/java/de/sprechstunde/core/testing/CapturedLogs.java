package de.sprechstunde.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Records what is logged while a test runs — everything, or one logger at DEBUG and above — to assert on log lines. */
public final class CapturedLogs implements AutoCloseable {

    private final Logger logger;
    private final Level previousLevel;
    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            events.add(event);
        }
    };

    private CapturedLogs(Logger logger, Level level) {
        this.logger = logger;
        this.previousLevel = logger.getLevel();
        if (level != null) {
            logger.setLevel(level);
        }
        appender.start();
        logger.addAppender(appender);
    }

    /** Everything logged, at the levels the test's logging configuration lets through. */
    public static CapturedLogs everything() {
        return new CapturedLogs((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME), null);
    }

    /** What the logger of {@code loggerOf} writes, at DEBUG and above. */
    public static CapturedLogs of(Class<?> loggerOf) {
        return new CapturedLogs((Logger) LoggerFactory.getLogger(loggerOf), Level.DEBUG);
    }

    /** Each event as one line: level, logger, message, and any exception's class and message chain. */
    public List<String> lines() {
        return events.stream().map(CapturedLogs::line).toList();
    }

    /** The messages logged at exactly {@code level}. */
    public List<String> lines(Level level) {
        return events.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    public long count(Level level, String containing) {
        return lines(level).stream().filter(line -> line.contains(containing)).count();
    }

    /** Waits until some line at {@code level} matches. */
    public void await(Level level, Predicate<String> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lines(level).stream().noneMatch(matching)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such " + level + " line within " + timeout + "; logged: " + lines(level));
            }
            Thread.sleep(10);
        }
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
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
    }
}
