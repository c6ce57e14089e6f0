/**
 * Cross-cutting pieces every feature module uses: the entity base classes, API error
 * handling (RFC 9457 problem details), paging and sorting rules, idempotent POSTs and
 * command-line tasks. Platform depends on no feature module.
 */
package dev.stockroom.platform;
