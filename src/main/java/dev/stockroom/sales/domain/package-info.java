/**
 * Sales' entities and repositories: the sales order with its lines, which guards its own
 * state machine, and the shipments that issued its goods. Internal to the module.
 */
package dev.stockroom.sales.domain;
