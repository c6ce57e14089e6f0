package dev.stockroom.identity.user;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.platform.pages.TimeZonePreference;

/**
 * The signed-in user's time zone from their profile, for the pages' times. A page may
 * show a hundred times: the zone is read once per request and kept in the request's
 * attributes, so a change on the profile shows on the very next page.
 */
@Component
class ProfileTimeZone implements TimeZonePreference {

	private static final String ATTRIBUTE = ProfileTimeZone.class.getName();

	private static final Object NONE = new Object();

	private final UserProfileRepository profiles;

	ProfileTimeZone(UserProfileRepository profiles) {
		this.profiles = profiles;
	}

	@Override
	public Optional<ZoneId> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object cached = (request != null) ? request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) : null;
		if (cached == null) {
			cached = this.profiles.findTimeZone(user.id()).<Object>map(ProfileTimeZone::zone).orElse(NONE);
			if (request != null) {
				request.setAttribute(ATTRIBUTE, cached, RequestAttributes.SCOPE_REQUEST);
			}
		}
		return (cached instanceof ZoneId zone) ? Optional.of(zone) : Optional.empty();
	}

	// A zone a later JDK dropped falls back to the site's rather than breaking pages.
	private static Object zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			return NONE;
		}
	}

}
