package dev.stockroom.identity.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How revocation look-ups are cached where Redis is configured (see
 * {@link RedisRevocationCheck}): "revoked" until the family's tokens expire, "not
 * revoked" only {@code notRevokedTtl}.
 *
 * @param notRevokedTtl how long a "not revoked" answer is kept: the longest a revocation
 * that did not reach Redis can go unnoticed
 */
@ConfigurationProperties("stockroom.revocations")
record RevocationProperties(@DefaultValue("30s") Duration notRevokedTtl) {

	RevocationProperties {
		if (notRevokedTtl.isNegative() || notRevokedTtl.isZero()) {
			throw new IllegalArgumentException("stockroom.revocations.not-revoked-ttl must be positive");
		}
	}

}
