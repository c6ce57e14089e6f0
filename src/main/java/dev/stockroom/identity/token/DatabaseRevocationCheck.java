package dev.stockroom.identity.token;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The source of truth for revocations: a family is revoked when any of its refresh tokens
 * is (revoking a family marks them all). One indexed look-up.
 */
@Component
class DatabaseRevocationCheck implements RevocationCheck {

	private final JdbcClient jdbc;

	DatabaseRevocationCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isFamilyRevoked(UUID familyId) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM refresh_tokens WHERE family_id = ? AND revoked_at IS NOT NULL)")
			.param(familyId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * @param familyId the family
	 * @return when its last refresh token expires; empty for an unknown family
	 */
	Optional<Instant> latestExpiry(UUID familyId) {
		return this.jdbc.sql("SELECT max(expires_at) FROM refresh_tokens WHERE family_id = ?")
			.param(familyId)
			.query(Timestamp.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.map(Timestamp::toInstant)
			.findFirst();
	}

}
