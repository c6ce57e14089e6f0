/**
 * Calibration endpoints for the benchmark ({@code bench/run.sh}), served only where the
 * {@code bench} profile is active: a static answer that touches no database and a plain
 * JDBC primary-key read of a product. The benchmark gives every other figure as a ratio
 * to these, so that a figure says how close the application comes to what the machine
 * itself can do, not just a number that depends on the machine.
 */
package dev.stockroom.bench;
