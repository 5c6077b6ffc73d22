/**
 * The compute programs: each is a plain {@code main} that runs its fixed workload once to warm up,
 * then once more between two {@code System.nanoTime()} calls, and prints {@code checksum <n>} and
 * {@code time_us <n>}. Only integer arithmetic and IEEE-exact floating point (+ - * / sqrt) feed the
 * checksums, so every correct toolchain prints HotSpot's checksum.
 */
package org.cortado.bench.programs;
