/**
 * What a module throws when a request cannot be served (not found, conflict, invalid
 * field, busy, database unavailable) and the one place each becomes an answer:
 * {@link Problems} writes every RFC 9457 problem, {@code ApiExceptionHandler} maps
 * exceptions for the API and {@code PageExceptionHandler} for the pages.
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("error")
package dev.stockroom.platform.error;

import org.springframework.modulith.NamedInterface;
