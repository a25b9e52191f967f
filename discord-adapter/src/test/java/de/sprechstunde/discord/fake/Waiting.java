package de.sprechstunde.discord.fake;

/** The fakes' polling pause: short, and an interrupt fails the waiting test instead of hanging it. */
final class Waiting {

    private Waiting() {
    }

    static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting");
        }
    }
}
