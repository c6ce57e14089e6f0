package dev.stockroom.identity;

import java.io.Serializable;
import java.util.Set;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who a request is signed in as, however it signed in (a session, a JWT or a personal API
 * token): what the security rules, the pages and the audit trail need, and nothing more.
 * Serializable because a page session keeps it between requests.
 *
 * @param id the user's id
 * @param username the username, as registered
 * @param staff whether the user may enter the admin site
 * @param superuser whether the user holds every permission
 * @param permissions the user's permission codes, e.g. {@code product.view}, as
 * {@link UserService#permissionsOf} answers them
 */
public record SignedInUser(long id, String username, boolean staff, boolean superuser,
		Set<String> permissions) implements AuthenticatedPrincipal, Serializable {

	public SignedInUser {
		permissions = Set.copyOf(permissions);
	}

	@Override
	public String getName() {
		return this.username;
	}

	/**
	 * @param code a permission code such as {@code product.add}
	 * @return whether the user holds it
	 */
	public boolean has(String code) {
		return this.permissions.contains(code);
	}

}
