package de.sprechstunde.ollama;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Records what one logger writes (at DEBUG and above) while a test runs. */
final class CapturedLogs implements AutoCloseable {

    private final Logger logger;
    private final Level previousLevel;
    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            events.add(event);
        }
    };

    CapturedLogs(Class<?> loggerOf) {
        logger = (Logger) LoggerFactory.getLogger(loggerOf);
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    List<String> lines(Level level) {
        return events.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    long count(Level level, String containing) {
        return lines(level).stream().filter(line -> line.contains(containing)).count();
    }

    /** Waits until some line at {@code level} matches. */
    void await(Level level, Predicate<String> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lines(level).stream().noneMatch(matching)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such " + level + " line within " + timeout + "; logged: " + lines(level));
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
    }
}
