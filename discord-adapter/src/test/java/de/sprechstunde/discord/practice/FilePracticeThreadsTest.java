package de.sprechstunde.discord.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePracticeThreadsTest {

    @TempDir
    Path dir;

    @Test
    void practiceThreadsSurviveARestart() {
        Path file = dir.resolve("data/discord-practice-threads.txt");
        FilePracticeThreads before = new FilePracticeThreads(file);
        before.remember("111", "4242");
        before.remember("222", "4343");
        before.forget("111");

        FilePracticeThreads after = new FilePracticeThreads(file);

        assertEquals(Optional.empty(), after.learnerOf("111"));
        assertEquals(Optional.of("4343"), after.learnerOf("222"));
    }
}
