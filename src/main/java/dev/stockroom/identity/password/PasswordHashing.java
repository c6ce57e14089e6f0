package dev.stockroom.identity.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Spring Security's {@code DelegatingPasswordEncoder} from
 * {@link PasswordEncoderFactories}, which writes bcrypt ({@code {bcrypt}$2a$10$...}). The
 * {@code {id}} prefix names the algorithm of each stored hash, so the default can change
 * later (to Argon2id, say) while old hashes still verify, and {@link #upgradeEncoding}
 * says when to re-hash one at the next login.
 *
 * <p>
 * One gap is closed here: bcrypt reads at most 72 bytes, and Spring's encoder refuses
 * longer input, while the policy allows 128 characters (up to 512 bytes in UTF-8). Those
 * long passwords are first digested with SHA-256, as Django's
 * {@code BCryptSHA256PasswordHasher} does, and stored as {@code {bcrypt-sha256}...}.
 */
public final class PasswordHashing implements PasswordEncoder {

	static final String BCRYPT_SHA256 = "{bcrypt-sha256}";

	private static final String BCRYPT = "{bcrypt}";

	private static final int BCRYPT_MAX_BYTES = 72;

	private final PasswordEncoder delegating = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	@Override
	public String encode(CharSequence rawPassword) {
		if (fitsBcrypt(rawPassword)) {
			return this.delegating.encode(rawPassword);
		}
		return BCRYPT_SHA256 + this.bcrypt.encode(sha256Hex(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return false;
		}
		if (encodedPassword.startsWith(BCRYPT_SHA256)) {
			return this.bcrypt.matches(sha256Hex(rawPassword), encodedPassword.substring(BCRYPT_SHA256.length()));
		}
		// bcrypt would ignore everything past byte 72 and accept a longer password that
		// merely starts with the real one; a password that long was never stored as
		// plain bcrypt. One bcrypt is still run, so that the refusal takes as long as any
		// other and its timing tells nothing.
		if (!fitsBcrypt(rawPassword) && encodedPassword.startsWith(BCRYPT)) {
			this.bcrypt.matches(sha256Hex(rawPassword), encodedPassword.substring(BCRYPT.length()));
			return false;
		}
		return this.delegating.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return !encodedPassword.startsWith(BCRYPT_SHA256) && this.delegating.upgradeEncoding(encodedPassword);
	}

	private static boolean fitsBcrypt(CharSequence rawPassword) {
		return rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES;
	}

	// 64 hex characters: within bcrypt's 72 bytes,
	// and free of the NUL bytes a raw digest could contain.
	private static String sha256Hex(CharSequence rawPassword) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
