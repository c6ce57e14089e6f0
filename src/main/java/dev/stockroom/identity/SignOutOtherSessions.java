package dev.stockroom.identity;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's page sessions when their password changes (Django keeps a hash of the
 * password in each session for the same reason), except the session that made the change,
 * which stays signed in. Spring Security's {@link SessionRegistry} knows every signed-in
 * session (every instance's, where sessions are shared through Redis); an expired one is
 * signed out on its next request and sent to the login page.
 */
class SignOutOtherSessions {

	private final SessionRegistry sessions;

	SignOutOtherSessions(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void passwordChanged(PasswordChanged event) {
		String current = currentSessionId();
		sessionsOf(event.username()).stream()
			.filter((session) -> !session.getSessionId().equals(current))
			.forEach(SessionInformation::expireNow);
	}

	// Spring Session's registry finds sessions by the principal's name (its index of
	// signed-in sessions) and cannot list principals; the in-memory one lists them.
	private List<SessionInformation> sessionsOf(String username) {
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

	private static String currentSessionId() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpSession session = servlet.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

}
