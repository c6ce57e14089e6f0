/**
 * Cross-cutting pieces every feature module uses: the entity base classes, API error
 * handling (RFC 9457 problem details for the API, error pages for the rest), paging and
 * sorting rules, idempotent POSTs, command-line tasks and the pages' template helpers
 * ({@code @fmt}, {@code @links}). Platform depends on no feature module.
 */
package dev.stockroom.platform;
