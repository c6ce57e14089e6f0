package dev.stockroom.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Signs a user out everywhere when what they may do changes ({@link UserAccessChanged}):
 * their page sessions end (they sign in again, under their new rights) and their
 * refresh-token families are revoked, access tokens included, so that an API client
 * cannot keep going on a token pair issued before. Both happen in the transaction that
 * made the change: the revocation commits with it or not at all.
 *
 * <p>
 * Every page request reads its user afresh anyway ({@link SessionUserReloadFilter});
 * ending the sessions also makes a demoted user notice, and leaves nothing signed in on
 * the old rights for a later cache to miss.
 */
@Component
class SignOutOnAccessChange {

	private final RefreshTokens refreshTokens;

	private final UserRepository users;

	// None where no web server runs (a command): there are no page sessions then.
	private final ObjectProvider<UserSessions> sessions;

	SignOutOnAccessChange(RefreshTokens refreshTokens, UserRepository users, ObjectProvider<UserSessions> sessions) {
		this.refreshTokens = refreshTokens;
		this.users = users;
		this.sessions = sessions;
	}

	@EventListener
	void accessChanged(UserAccessChanged event) {
		this.refreshTokens.revokeAllOf(event.userId());
		this.users.findById(event.userId())
			.ifPresent((user) -> this.sessions.ifAvailable((sessions) -> sessions.endAll(user.getUsername())));
	}

}
