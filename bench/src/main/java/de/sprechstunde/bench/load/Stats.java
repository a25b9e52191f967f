package de.sprechstunde.bench.load;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Percentiles, windows and process figures for {@code LoadBench}. */
final class Stats {

    private Stats() {
    }

    static double percentileMillis(long[] nanos, double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Parks (no spinning: the CPU figures would count it) until {@code nanoTime} reaches {@code due}. */
    static void sleepUntil(long due) {
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }

    /** The most instants in any window of one second. */
    static int maxPerSecond(List<Instant> times) {
        List<Instant> sorted = times.stream().sorted().toList();
        int best = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (sorted.get(end).toEpochMilli() - sorted.get(start).toEpochMilli() >= 1000) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }

    /** Resident set size in MB, from /proc (Linux). */
    static double rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** CPU time of the whole process so far, in ms. */
    static double cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }
}
