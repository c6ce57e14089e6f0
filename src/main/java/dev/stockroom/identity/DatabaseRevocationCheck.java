package dev.stockroom.identity;

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

}
