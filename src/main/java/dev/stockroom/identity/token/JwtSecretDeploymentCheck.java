package dev.stockroom.identity.token;

import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dev.stockroom.platform.deploy.DeploymentCheck;

/**
 * Whoever knows the JWT key can sign tokens for any user: the dev profile's key is in the
 * source code, and a key shorter than HS256's 32 bytes can be guessed.
 */
@Component
class JwtSecretDeploymentCheck implements DeploymentCheck {

	/** The dev profile's public key, from {@code application-dev.yml}. */
	static final String DEV_SECRET = "dev-only-public-jwt-key-never-use-in-production";

	private static final String SETTING = "stockroom.jwt.secret";

	private static final String FIX = "set STOCKROOM_JWT_SECRET to a random key of at least "
			+ JwtProperties.MINIMUM_SECRET_BYTES + " bytes, e.g. base64: and the output of 'openssl rand -base64 32'";

	@Override
	public List<Finding> check(Environment environment) {
		String secret = environment.getProperty(SETTING, "");
		if (secret.isBlank()) {
			return List.of(new Finding(SETTING, "no JWT key is set", FIX));
		}
		if (secret.equals(DEV_SECRET)) {
			return List.of(new Finding(SETTING, "the JWT key is the dev profile's public key", FIX));
		}
		int length;
		try {
			length = JwtProperties.keyBytes(secret).length;
		}
		catch (IllegalArgumentException ex) {
			return List.of(new Finding(SETTING, "the JWT key starts with base64: but is not valid Base64", FIX));
		}
		if (length < JwtProperties.MINIMUM_SECRET_BYTES) {
			return List.of(new Finding(SETTING,
					"the JWT key is " + length + " bytes, shorter than " + JwtProperties.MINIMUM_SECRET_BYTES, FIX));
		}
		return List.of();
	}

}
