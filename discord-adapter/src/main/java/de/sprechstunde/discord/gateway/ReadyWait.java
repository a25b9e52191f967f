package de.sprechstunde.discord.gateway;

import java.time.Instant;
import net.dv8tion.jda.api.JDA;

/** JDA 6 waits for READY without a time limit; this waits with one. */
final class ReadyWait {

    private ReadyWait() {
    }

    static void until(JDA session, Instant deadline) throws InterruptedException {
        while (session.getStatus() != JDA.Status.CONNECTED) {
            JDA.Status status = session.getStatus();
            if (status == JDA.Status.SHUTDOWN || status == JDA.Status.SHUTTING_DOWN || status == JDA.Status.FAILED_TO_LOGIN) {
                // awaitReady throws JDA's own reason (an invalid token, a refused intent)
                session.awaitReady();
                throw new IllegalStateException("Discord session stopped while logging in (status " + status + ")");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Discord gateway not ready in time (status " + status + ")");
            }
            Thread.sleep(50);
        }
    }
}
