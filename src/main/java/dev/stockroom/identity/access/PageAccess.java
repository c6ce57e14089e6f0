package dev.stockroom.identity.access;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the pages ask before they show a link or a button: would the signed-in user be let
 * through? Answered by the same {@link MatrixAuthorizationManager} that guards the
 * request, so a page never offers what the server would refuse. In templates:
 * {@code th:if="${@pageAccess.may('POST', '/products')}"}.
 */
public class PageAccess {

	private final MatrixAuthorizationManager matrix;

	public PageAccess(MatrixAuthorizationManager matrix) {
		this.matrix = matrix;
	}

	/**
	 * @param method the HTTP method, e.g. {@code GET}
	 * @param path the path within the application, e.g. {@code /products}
	 * @return whether the current user may make that request
	 */
	public boolean may(String method, String path) {
		return this.matrix.allows(SecurityContextHolder.getContext().getAuthentication(), HttpMethod.valueOf(method),
				path);
	}

}
