package dev.stockroom.identity.apitoken;

import java.time.Instant;

/**
 * A token just made, with its key: the only time the key exists outside the client. Show
 * it once and do not keep it; only its hash is stored, so it cannot be shown again.
 *
 * @param id the token's id, to revoke it by
 * @param name the name the user gave it
 * @param key the secret, sent as {@code Authorization: Token <key>}
 * @param prefix the key's first 8 characters, as lists show it
 * @param createdAt when it was made
 * @param expiresAt when it stops working, or {@code null} for never
 */
public record NewApiToken(long id, String name, String key, String prefix, Instant createdAt, Instant expiresAt) {

	// A record prints every component: keep the key out of logs and error messages.
	@Override
	public String toString() {
		return "NewApiToken[id=" + this.id + ", name=" + this.name + ", key=" + this.prefix + "...(hidden), createdAt="
				+ this.createdAt + ", expiresAt=" + this.expiresAt + "]";
	}

}
