package dev.stockroom.stock;

/**
 * One line of a reservation, a release or a shipment of reserved stock
 * ({@link StockReservations}).
 *
 * @param productId the product
 * @param quantity how many, above zero
 * @param reference what the ledger row of a shipment names (an order and its line), at
 * most 100 characters; unused when reserving or releasing
 */
public record ReservationLine(long productId, int quantity, String reference) {
}
