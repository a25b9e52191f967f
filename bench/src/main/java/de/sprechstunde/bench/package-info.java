/**
 * Benchmarks, each a plain {@code main} run on demand:
 * {@code ./mvnw -q -pl bench -am package -DskipTests && java -cp bench/target/bench.jar de.sprechstunde.bench.<Name>}.
 * They print their figures; {@code docs/performance.md} records them.
 */
package de.sprechstunde.bench;
