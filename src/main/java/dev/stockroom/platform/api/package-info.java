/**
 * The REST API's conventions as code: the {@code @ApiController} stereotype,
 * {@code Location} headers, sort allow-lists, time ranges, ETag and cache headers,
 * idempotent POSTs ({@code Idempotency-Key}), and the OpenAPI document's shared answers
 * ({@code ApiDocumentation}: every error as a problem, with {@link ErrorResponse} for an
 * operation's own).
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("api")
package dev.stockroom.platform.api;

import org.springframework.modulith.NamedInterface;
