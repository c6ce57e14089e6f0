package dev.stockroom.identity.apitoken;

import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Records that personal API tokens were used ({@code last_used_at}) off the request's
 * path: at most once a {@linkplain ApiToken#LAST_USED_PRECISION minute} per token and
 * instance, written on a thread of its own ({@link ApiTokenService#recordUse}) while the
 * request goes on. The write itself skips a token whose recorded use is recent, so
 * several instances together write it about once a minute too.
 */
@Component
public class ApiTokenUses {

	private static final int MAXIMUM_TOKENS = 100_000;

	private final ApiTokenService tokens;

	// A token is here for a minute after this instance last had its use written.
	private final Cache<Long, Boolean> recent = Caffeine.newBuilder()
		.expireAfterWrite(ApiToken.LAST_USED_PRECISION)
		.maximumSize(MAXIMUM_TOKENS)
		.build();

	ApiTokenUses(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	/**
	 * @param tokenId the token a request used
	 * @param now when
	 */
	public void record(long tokenId, Instant now) {
		if (this.recent.asMap().putIfAbsent(tokenId, Boolean.TRUE) == null) {
			this.tokens.recordUse(tokenId, now);
		}
	}

}
