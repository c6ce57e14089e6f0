package dev.stockroom.identity.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import dev.stockroom.identity.SignedInUser;
import dev.stockroom.platform.access.AccessRequirement;

/**
 * A request's authentication once its credentials have been checked, the same for all
 * three ways in: the user's permission codes are its authorities (so that
 * {@code hasAuthority('product.add')} and the {@link PermissionMatrix} read the same
 * thing), plus {@code ROLE_STAFF} and {@code ROLE_SUPERUSER} for the admin site.
 */
public final class SignedInAuthentication extends AbstractAuthenticationToken {

	static final String STAFF = AccessRequirement.STAFF_AUTHORITY;

	static final String SUPERUSER = AccessRequirement.SUPERUSER_AUTHORITY;

	private final SignedInUser user;

	private final Method method;

	public SignedInAuthentication(SignedInUser user, Method method) {
		super(authorities(user));
		this.user = user;
		this.method = method;
		setAuthenticated(true);
	}

	@Override
	public SignedInUser getPrincipal() {
		return this.user;
	}

	// The credentials were checked and are not kept: nothing to leak into a session.
	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.user.username();
	}

	/**
	 * @return how the request signed in
	 */
	public Method getMethod() {
		return this.method;
	}

	private static List<GrantedAuthority> authorities(SignedInUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		user.permissions().stream().sorted().map(SimpleGrantedAuthority::new).forEach(authorities::add);
		if (user.staff()) {
			authorities.add(new SimpleGrantedAuthority(STAFF));
		}
		if (user.superuser()) {
			authorities.add(new SimpleGrantedAuthority(SUPERUSER));
		}
		return authorities;
	}

	/** The ways to sign in. */
	public enum Method {

		/** The web pages' session, opened with username and password. */
		SESSION,

		/** An access token (JWT) from {@code POST /api/v1/auth/token}. */
		JWT,

		/** A personal API token ({@code Authorization: Token ...}). */
		API_TOKEN

	}

}
