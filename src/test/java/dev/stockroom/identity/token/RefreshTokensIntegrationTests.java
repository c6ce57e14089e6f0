package dev.stockroom.identity.token;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.stockroom.identity.RegistrationRequest;
import dev.stockroom.identity.UserAccount;
import dev.stockroom.identity.UserService;
import dev.stockroom.identity.password.InvalidCredentialsException;
import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Refresh tokens work once: rotation hands out the next pair of the family, and a token
 * presented again revokes the whole family, access tokens included. Logout revokes;
 * inactive and deleted users get nothing.
 */
@IntegrationTest
class RefreshTokensIntegrationTests {

	private static final String PASSWORD = "plum kettle orbit fog";

	@Autowired
	RefreshTokens tokens;

	@Autowired
	JwtService jwt;

	@Autowired
	UserService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void issuesAnAccessAndARefreshTokenOfOneNewFamily() {
		UserAccount user = register("issue");

		TokenPair pair = this.tokens.issue(user.username().toUpperCase());

		VerifiedToken access = this.jwt.verifyAccessToken(pair.accessToken());
		VerifiedToken refresh = this.jwt.verify(pair.refreshToken(), TokenType.REFRESH);
		assertThat(access.username()).isEqualTo(user.username());
		assertThat(access.familyId()).isEqualTo(refresh.familyId());
		assertThat(pair.expiresIn()).isEqualTo(Duration.ofMinutes(15));
		assertThat(pair.toResponse().expiresIn()).isEqualTo(900);
		assertThat(Duration.between(refresh.issuedAt(), refresh.expiresAt())).isEqualTo(Duration.ofDays(14));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM refresh_tokens WHERE jti = ? AND family_id = ? AND user_id = ?"
					+ " AND expires_at = issued_at + interval '14 days' AND revoked_at IS NULL AND replaced_by IS NULL")
			.params(refresh.tokenId(), refresh.familyId(), user.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void rotationReturnsTheNextPairOfTheFamilyAndUsesUpTheOldToken() {
		TokenPair first = this.tokens.issue(register("rotate").username());

		TokenPair second = this.tokens.rotate(first.refreshToken());

		VerifiedToken old = this.jwt.verify(first.refreshToken(), TokenType.REFRESH);
		VerifiedToken next = this.jwt.verify(second.refreshToken(), TokenType.REFRESH);
		assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
		assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
		assertThat(next.familyId()).isEqualTo(old.familyId());
		assertThat(replacedBy(old.tokenId())).isEqualTo(next.tokenId());
		assertThat(this.jwt.verifyAccessToken(second.accessToken()).username()).isEqualTo(next.username());
		// Rotation alone leaves the family's earlier access token to its 15 minutes.
		assertThat(this.jwt.verifyAccessToken(first.accessToken()).username()).isEqualTo(next.username());
	}

	@Test
	void reusingARotatedTokenFailsAndRevokesTheWholeFamily() {
		TokenPair first = this.tokens.issue(register("reuse").username());
		TokenPair second = this.tokens.rotate(first.refreshToken());
		TokenPair third = this.tokens.rotate(second.refreshToken());

		assertThatThrownBy(() -> this.tokens.rotate(first.refreshToken())).isInstanceOf(InvalidTokenException.class)
			.hasMessageContaining("reused");

		// The newest refresh token, held by the rightful
		// user or the thief, is dead too...
		assertThatThrownBy(() -> this.tokens.rotate(third.refreshToken())).isInstanceOf(InvalidTokenException.class);
		// ...and so is every access token of the family.
		for (TokenPair pair : List.of(first, second, third)) {
			assertThatThrownBy(() -> this.jwt.verifyAccessToken(pair.accessToken()))
				.isInstanceOf(InvalidTokenException.class)
				.hasMessageContaining("revoked family");
		}
		UUID family = this.jwt.verify(first.refreshToken(), TokenType.REFRESH).familyId();
		assertThat(this.jdbc.sql("SELECT count(*) FROM refresh_tokens WHERE family_id = ? AND revoked_at IS NULL")
			.param(family)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void revokingOneFamilyLeavesTheUsersOtherSessionsAlone() {
		String username = register("families").username();
		TokenPair phone = this.tokens.issue(username);
		TokenPair laptop = this.tokens.issue(username);

		this.tokens.revoke(phone.refreshToken());

		assertThatThrownBy(() -> this.jwt.verifyAccessToken(phone.accessToken()))
			.isInstanceOf(InvalidTokenException.class);
		assertThat(this.jwt.verifyAccessToken(laptop.accessToken()).username()).isEqualTo(username);
		assertThat(this.tokens.rotate(laptop.refreshToken())).isNotNull();
	}

	@Test
	void logoutRevokesTheFamily() {
		TokenPair first = this.tokens.issue(register("logout").username());
		TokenPair second = this.tokens.rotate(first.refreshToken());

		this.tokens.revoke(second.refreshToken());

		assertThatThrownBy(() -> this.tokens.rotate(second.refreshToken())).isInstanceOf(InvalidTokenException.class);
		assertThatThrownBy(() -> this.jwt.verifyAccessToken(second.accessToken()))
			.isInstanceOf(InvalidTokenException.class);
		assertThatThrownBy(() -> this.jwt.verifyAccessToken(first.accessToken()))
			.isInstanceOf(InvalidTokenException.class);
		// Logging out twice is not an error.
		this.tokens.revoke(second.refreshToken());
	}

	@Test
	void anAccessTokenCannotBeUsedToRefreshOrLogOut() {
		TokenPair pair = this.tokens.issue(register("wrongtype").username());

		assertThatThrownBy(() -> this.tokens.rotate(pair.accessToken())).isInstanceOf(InvalidTokenException.class);
		assertThatThrownBy(() -> this.tokens.revoke(pair.accessToken())).isInstanceOf(InvalidTokenException.class);
		assertThat(this.jwt.verifyAccessToken(pair.accessToken())).isNotNull();
	}

	@Test
	void inactiveUsersGetNoTokensAndCannotRefresh() {
		UserAccount user = register("inactive");
		TokenPair pair = this.tokens.issue(user.username());

		setActive(user.id(), false);

		assertThatThrownBy(() -> this.tokens.issue(user.username())).isInstanceOf(InvalidCredentialsException.class);
		assertThatThrownBy(() -> this.tokens.rotate(pair.refreshToken())).isInstanceOf(InvalidTokenException.class)
			.hasMessageContaining("inactive");
		// Deactivation ends the sessions the user had:
		// reactivating does not bring them back.
		setActive(user.id(), true);
		assertThatThrownBy(() -> this.tokens.rotate(pair.refreshToken())).isInstanceOf(InvalidTokenException.class);
		assertThatThrownBy(() -> this.jwt.verifyAccessToken(pair.accessToken()))
			.isInstanceOf(InvalidTokenException.class);
	}

	@Test
	void unknownAndDeletedUsersGetNoTokens() {
		assertThatThrownBy(() -> this.tokens.issue("nobody-" + UUID.randomUUID().toString().substring(0, 8)))
			.isInstanceOf(InvalidCredentialsException.class);

		UserAccount user = register("deleted");
		TokenPair pair = this.tokens.issue(user.username());
		this.jdbc.sql("DELETE FROM users WHERE id = ?").param(user.id()).update();

		assertThatThrownBy(() -> this.tokens.rotate(pair.refreshToken())).isInstanceOf(InvalidTokenException.class)
			.hasMessageContaining("unknown refresh token");
	}

	@Test
	void twoRequestsRacingWithOneRefreshTokenCannotBothWin() throws Exception {
		TokenPair pair = this.tokens.issue(register("race").username());
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<Boolean> rotate = () -> {
			start.await();
			try {
				this.tokens.rotate(pair.refreshToken());
				return true;
			}
			catch (InvalidTokenException ex) {
				return false;
			}
		};
		ExecutorService executor = Executors.newFixedThreadPool(2);
		List<Boolean> outcomes = new ArrayList<>();
		try {
			List<Future<Boolean>> futures = executor.invokeAll(List.of(rotate, rotate));
			for (Future<Boolean> future : futures) {
				outcomes.add(future.get());
			}
		}
		finally {
			executor.shutdown();
		}

		assertThat(outcomes).containsExactlyInAnyOrder(true, false);
		// The loser counts as reuse: the family is revoked, the winner's pair included.
		assertThatThrownBy(() -> this.jwt.verifyAccessToken(pair.accessToken()))
			.isInstanceOf(InvalidTokenException.class);
	}

	private UUID replacedBy(UUID tokenId) {
		return this.jdbc.sql("SELECT replaced_by FROM refresh_tokens WHERE jti = ?")
			.param(tokenId)
			.query(UUID.class)
			.single();
	}

	private void setActive(long userId, boolean active) {
		this.jdbc.sql("UPDATE users SET active = ? WHERE id = ?").params(active, userId).update();
	}

	private UserAccount register(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return this.users
			.register(new RegistrationRequest(username, username + "@example.com", "Test " + username, PASSWORD));
	}

}
