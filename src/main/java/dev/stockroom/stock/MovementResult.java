package dev.stockroom.stock;

import java.util.List;

/**
 * The answer to a movement request: the ledger rows it made (two for a transfer, one
 * otherwise).
 *
 * @param movements the rows, source first for a transfer
 */
public record MovementResult(List<StockMovementResponse> movements) {
}
