/**
 * The REST API's conventions as code: the {@code @ApiController} stereotype,
 * {@code Location} headers, sort allow-lists, time ranges, ETag and cache headers, and
 * idempotent POSTs ({@code Idempotency-Key}).
 * <p>
 * A named interface of platform: other modules may use it.
 */
@NamedInterface("api")
package dev.stockroom.platform.api;

import org.springframework.modulith.NamedInterface;
