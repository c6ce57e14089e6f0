package dev.stockroom.identity.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets handed to a user once (API keys, password reset links) and stored only
 * as their SHA-256. A fast hash is right here, unlike for passwords: 32 random bytes
 * cannot be found by guessing however fast each guess is, and an unsalted hash can be
 * looked up by an index.
 */
public final class RandomSecrets {

	/** The bytes of randomness in every secret: 256 bits. */
	public static final int RANDOM_BYTES = 32;

	private static final SecureRandom random = new SecureRandom();

	private static final Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();

	private RandomSecrets() {
	}

	/**
	 * @return {@value #RANDOM_BYTES} random bytes in unpadded base64url (43 characters)
	 */
	public static String generate() {
		byte[] bytes = new byte[RANDOM_BYTES];
		random.nextBytes(bytes);
		return encoder.encodeToString(bytes);
	}

	/**
	 * @param secret an ASCII secret
	 * @return its SHA-256 in lower-case hex, as stored
	 */
	public static String hash(String secret) {
		return HexFormat.of().formatHex(digest(secret));
	}

	public static byte[] digest(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
