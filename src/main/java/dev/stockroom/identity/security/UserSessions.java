package dev.stockroom.identity.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import dev.stockroom.identity.SignedInUser;

/**
 * A user's signed-in page sessions, as Spring Security's {@link SessionRegistry} knows
 * them (every instance's, where sessions are shared through Redis). An expired session is
 * signed out on its next request and sent to the login page.
 */
class UserSessions {

	private final SessionRegistry sessions;

	UserSessions(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	/**
	 * @param username whose sessions, in any case
	 * @return the user's sessions that are not expired yet
	 */
	List<SessionInformation> of(String username) {
		// Spring Session's registry finds sessions by the principal's name (its index of
		// signed-in sessions) and cannot list principals; the in-memory one lists them.
		if (this.sessions instanceof SpringSessionBackedSessionRegistry<?> shared) {
			AuthenticatedPrincipal named = () -> username;
			return shared.getAllSessions(named, false);
		}
		List<SessionInformation> found = new ArrayList<>();
		for (Object principal : this.sessions.getAllPrincipals()) {
			if (principal instanceof SignedInUser user && user.username().equalsIgnoreCase(username)) {
				found.addAll(this.sessions.getAllSessions(principal, false));
			}
		}
		return found;
	}

	/**
	 * @param username whose sessions end, in any case
	 */
	void endAll(String username) {
		of(username).forEach(SessionInformation::expireNow);
	}

}
