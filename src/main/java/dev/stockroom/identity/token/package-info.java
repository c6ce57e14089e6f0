/**
 * The API's JSON Web Tokens: signing and checking access tokens, one-time refresh tokens
 * in families, revocation (cached in Redis where configured) and the {@code /api/v1/auth}
 * endpoints.
 */
package dev.stockroom.identity.token;
