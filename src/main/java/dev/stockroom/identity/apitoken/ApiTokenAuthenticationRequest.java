package dev.stockroom.identity.apitoken;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A personal API token as a request presents it, before it is checked. The key is erased
 * once authentication is done.
 */
final class ApiTokenAuthenticationRequest extends AbstractAuthenticationToken {

	private String key;

	ApiTokenAuthenticationRequest(String key) {
		super(AuthorityUtils.NO_AUTHORITIES);
		this.key = key;
	}

	@Override
	public Object getCredentials() {
		return this.key;
	}

	@Override
	public Object getPrincipal() {
		return null;
	}

	@Override
	public void eraseCredentials() {
		this.key = null;
		super.eraseCredentials();
	}

	@Override
	public String toString() {
		return "ApiTokenAuthenticationRequest[key=(hidden)]";
	}

}
