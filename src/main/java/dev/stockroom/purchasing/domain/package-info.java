/**
 * Purchasing's entities and repositories: the purchase order with its lines, which guards
 * its own state machine, and the receipts taken in against it. Internal to the module.
 */
package dev.stockroom.purchasing.domain;
