package dev.stockroom.stock.ledger;

import java.time.Instant;

/** Who made a movement, when and why: the same for every ledger row of one operation. */
public record MovementDetails(String reason, String reference, String createdBy, Instant createdAt) {
}
