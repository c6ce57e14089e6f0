package dev.stockroom.stock;

import java.time.Instant;

/** Who made a movement, when and why: the same for every ledger row of one operation. */
record MovementDetails(String reason, String reference, String createdBy, Instant createdAt) {
}
