/**
 * The API's rate limit: token buckets per client, in Redis where configured (shared by
 * every instance) and in memory otherwise, answered with 429 and {@code Retry-After}.
 * Internal: the filter is registered here and no module calls it.
 */
package dev.stockroom.platform.ratelimit;
