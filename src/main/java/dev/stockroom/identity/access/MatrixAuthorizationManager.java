package dev.stockroom.identity.access;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.util.UrlPathHelper;

import dev.stockroom.identity.PermissionMatrix;
import dev.stockroom.platform.access.AccessRequirement.Public;

/**
 * Enforces the {@link PermissionMatrix} for every request: the one place where a URL
 * meets a permission. A row's requirement decides; a public row lets anyone through;
 * every other row needs a signed-in user holding what the row names.
 *
 * <p>
 * A request that no row matches needs a signed-in user and is then let through, to be
 * answered by Spring MVC with 404 (no such path) or 405 (no such method): a coverage test
 * makes sure every handler method has its row, so nothing served can be reached this way,
 * and an authenticated client gets the honest answer instead of a 403 for a typo.
 */
public class MatrixAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

	private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

	private final PermissionMatrix matrix;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	public MatrixAuthorizationManager(PermissionMatrix matrix) {
		this.matrix = matrix;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		HttpServletRequest request = context.getRequest();
		HttpMethod method = HttpMethod.valueOf(request.getMethod());
		String path = PATHS.getPathWithinApplication(request);
		return new AuthorizationDecision(allows(authentication.get(), method, path));
	}

	/**
	 * @param authentication who asks; {@code null} or anonymous for nobody signed in
	 * @param method the request's method
	 * @param path the path within the application, e.g. {@code /products}
	 * @return whether the request would be let through
	 */
	boolean allows(Authentication authentication, HttpMethod method, String path) {
		return this.matrix.requiredFor(method, path)
			.map((rule) -> (rule.requirement() instanceof Public)
					|| (isSignedIn(authentication) && rule.requirement().allows(permissionsOf(authentication))))
			.orElseGet(() -> isSignedIn(authentication));
	}

	private boolean isSignedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated() && !this.trust.isAnonymous(authentication);
	}

	private static Set<String> permissionsOf(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
	}

}
