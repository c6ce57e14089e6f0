package dev.stockroom.platform;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where users reach Stockroom. Links that leave the application (in a password reset
 * mail, say) are built from this setting and never from a request's {@code Host} header,
 * which a client chooses: a forged header must not make the application mail a link to
 * someone else's server (Django's {@code ALLOWED_HOSTS} and password-reset poisoning).
 *
 * @param baseUrl the address users type, with scheme, host and any port and path prefix,
 * e.g. {@code https://stock.example.com} ({@code STOCKROOM_BASE_URL})
 */
@ConfigurationProperties("stockroom")
public record SiteProperties(@DefaultValue("http://localhost:8080") URI baseUrl) {

	public SiteProperties {
		String scheme = (baseUrl != null) ? baseUrl.getScheme() : null;
		if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null
				|| baseUrl.getRawUserInfo() != null || baseUrl.getRawQuery() != null
				|| baseUrl.getRawFragment() != null) {
			throw new IllegalArgumentException("stockroom.base-url must be an http or https address with a host and"
					+ " no user, query or fragment, e.g. https://stock.example.com; it is " + baseUrl);
		}
	}

	/**
	 * @param path an absolute path within the site, starting with {@code /}, already
	 * encoded
	 * @return the full address of that path
	 */
	public URI link(String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("A path within the site starts with /: " + path);
		}
		String base = this.baseUrl.toString();
		return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
	}

}
