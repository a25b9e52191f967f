package de.sprechstunde.speech.ffmpeg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private temporary directory for one conversion, removed with everything in it on close, also
 * when the conversion failed or ffmpeg was killed. (Files, not pipes, because ffmpeg must seek in
 * some containers, M4A among them.)
 */
final class ScratchDir implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ScratchDir.class);

    private final Path dir;

    private ScratchDir(Path dir) {
        this.dir = dir;
    }

    static ScratchDir create(Path parent) throws IOException {
        Files.createDirectories(parent);
        return new ScratchDir(Files.createTempDirectory(parent, "sprechstunde-audio-"));
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(file(name), bytes);
    }

    Path path() {
        return dir;
    }

    @Override
    public void close() {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(entries::add);
        } catch (IOException e) {
            log.warn("cannot list temporary audio directory {}: {}", dir, e.toString());
        }
        entries.add(dir);
        for (Path entry : entries) {
            try {
                Files.deleteIfExists(entry);
            } catch (IOException e) {
                log.warn("cannot delete temporary audio file {}: {}", entry, e.toString());
            }
        }
    }
}
