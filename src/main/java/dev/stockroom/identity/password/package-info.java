/**
 * Password rules: hashing, the policy a new password meets, reset links by mail, and the
 * login throttle that slows guessing.
 */
package dev.stockroom.identity.password;
