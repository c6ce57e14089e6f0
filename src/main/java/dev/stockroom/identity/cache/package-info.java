/**
 * Who a request signs in as, kept in this instance's memory so that a warm request with a
 * JWT, a personal API token or a page session costs no SQL: the signed-in users, the API
 * tokens by the hash of their key, and revocation answers for token families, each for a
 * short time, evicted after every change that matters commits, here at once and on every
 * other instance through Redis pub/sub.
 */
package dev.stockroom.identity.cache;
