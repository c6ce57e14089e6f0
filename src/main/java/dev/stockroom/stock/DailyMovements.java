package dev.stockroom.stock;

import java.time.LocalDate;

/**
 * How many receipts and issues the ledger holds for one UTC day.
 *
 * @param day the day
 * @param receipts receipt rows made that day
 * @param issues issue rows made that day
 */
public record DailyMovements(LocalDate day, long receipts, long issues) {
}
