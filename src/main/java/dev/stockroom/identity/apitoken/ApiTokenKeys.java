package dev.stockroom.identity.apitoken;

import java.util.regex.Pattern;

import dev.stockroom.identity.password.RandomSecrets;

/**
 * Makes and hashes personal API token keys. A key is {@value #MARKER} followed by 32
 * random bytes ({@link RandomSecrets}) in unpadded base64url (43 characters), 47
 * characters in all: the marker lets secret scanners (GitHub's, gitleaks) recognise a
 * leaked key, and 256 random bits make guessing hopeless.
 *
 * <p>
 * Only the key's SHA-256 is stored. A fast, unsalted hash is right here, while passwords
 * need a slow, salted one (bcrypt): a password is chosen by a person from a small space
 * that an attacker who steals the hashes can search, and slowness and salt are what make
 * that search expensive. A key already has 256 bits of entropy, so no search of the space
 * is possible however fast the hash, and no two users share a key for a salt to tell
 * apart. The fast hash also lets a request find its token by an indexed equality lookup
 * instead of running bcrypt (about 100 ms by design) on every API call.
 */
final class ApiTokenKeys {

	static final String MARKER = "srk_";

	static final int RANDOM_BYTES = RandomSecrets.RANDOM_BYTES;

	/** How many leading characters of a key are kept in the clear, to tell keys apart. */
	static final int PREFIX_LENGTH = 8;

	static final Pattern FORMAT = Pattern.compile("srk_[A-Za-z0-9_-]{43}");

	private ApiTokenKeys() {
	}

	static String generate() {
		return MARKER + RandomSecrets.generate();
	}

	/**
	 * @param key a key that {@linkplain #isWellFormed is well formed}
	 * @return the SHA-256 of the key's characters, in lower-case hex
	 */
	static String hash(String key) {
		return RandomSecrets.hash(key);
	}

	static byte[] digest(String key) {
		return RandomSecrets.digest(key);
	}

	// The format is public, so checking it first leaks nothing, and it keeps junk
	// (another scheme's credentials, a truncated paste) away from the database.
	static boolean isWellFormed(String key) {
		return key != null && FORMAT.matcher(key).matches();
	}

	static String prefixOf(String key) {
		return key.substring(0, PREFIX_LENGTH);
	}

}
