package dev.stockroom.identity.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.stockroom.identity.PasswordChanged;

/**
 * Ends a user's page sessions when their password changes (Django keeps a hash of the
 * password in each session for the same reason), except the session that made the change,
 * which stays signed in.
 */
class SignOutOtherSessions {

	private final UserSessions sessions;

	SignOutOtherSessions(UserSessions sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void passwordChanged(PasswordChanged event) {
		String current = currentSessionId();
		this.sessions.of(event.username())
			.stream()
			.filter((session) -> !session.getSessionId().equals(current))
			.forEach(SessionInformation::expireNow);
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
