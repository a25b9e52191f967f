package de.sprechstunde.discord.practice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Practice threads kept in a small text file ({@code <thread id> <learner id>} per line) so they
 * survive a restart. One file per bot instance is enough even when sharded: all events of a guild,
 * and so of its threads, reach the same shard. Thread-safe.
 */
public final class FilePracticeThreads implements PracticeThreads {

    private static final Logger log = LoggerFactory.getLogger(FilePracticeThreads.class);

    private final Path file;
    private final Map<String, String> learners = new LinkedHashMap<>();

    public FilePracticeThreads(Path file) {
        this.file = file;
        load();
    }

    @Override
    public synchronized void remember(String threadId, String learnerUserId) {
        if (learnerUserId.equals(learners.put(threadId, learnerUserId))) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, threadId + " " + learnerUserId + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("could not save practice thread {} to {}: {}", threadId, file, e.toString());
        }
    }

    @Override
    public synchronized Optional<String> learnerOf(String threadId) {
        return Optional.ofNullable(learners.get(threadId));
    }

    @Override
    public synchronized void forget(String threadId) {
        if (learners.remove(threadId) == null) {
            return;
        }
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            StringBuilder lines = new StringBuilder();
            learners.forEach((thread, learner) -> lines.append(thread).append(' ').append(learner).append('\n'));
            Files.writeString(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("could not update {}: {}", file, e.toString());
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2) {
                    learners.put(parts[0], parts[1]);
                }
            }
            log.info("remembered {} Discord practice thread(s) from {}", learners.size(), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read practice threads from " + file, e);
        }
    }
}
