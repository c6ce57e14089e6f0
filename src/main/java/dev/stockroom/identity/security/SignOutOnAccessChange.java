package dev.stockroom.identity.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.stockroom.identity.UserAccessChanged;
import dev.stockroom.identity.token.RefreshTokens;
import dev.stockroom.identity.user.UserRepository;

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

	private static final Logger log = LoggerFactory.getLogger(SignOutOnAccessChange.class);

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
			.ifPresent((user) -> this.sessions.ifAvailable((sessions) -> endAll(sessions, user.getUsername())));
	}

	/*
	 * With the session store (Redis) out of reach the sessions cannot be found; the
	 * change of rights still commits, and it still takes effect at each session's next
	 * request (SessionUserReloadFilter). A session store's failure must not fail an
	 * admin's page.
	 */
	private static void endAll(UserSessions sessions, String username) {
		try {
			sessions.endAll(username);
		}
		catch (DataAccessException ex) {
			log.warn("Could not end the page sessions of {}; their next requests see the new rights: {}", username,
					ex.toString());
		}
	}

}
