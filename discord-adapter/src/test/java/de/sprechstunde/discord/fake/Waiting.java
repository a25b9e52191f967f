package de.sprechstunde.discord.fake;

/** The fakes' polling pause: short, and an interrupt fails the waiting test instead of hanging it. */
final class Waiting {

    private Waiting() {
    }

    static void pause() {
        sleep(java.time.Duration.ofMillis(20));
    }

    static void sleep(java.time.Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting");
        }
    }
}
