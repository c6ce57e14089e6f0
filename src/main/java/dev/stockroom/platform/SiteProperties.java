package dev.stockroom.platform;

import java.net.URI;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where users reach Stockroom, and which host names it answers to: the settings directly
 * under {@code stockroom}.
 *
 * <p>
 * Links that leave the application (in a password reset mail, say) are built from the
 * base URL and never from a request's {@code Host} header, which a client chooses: a
 * forged header must not make the application mail a link to someone else's server
 * (Django's {@code ALLOWED_HOSTS} and password-reset poisoning). For the same reason a
 * request whose {@code Host} header names a host that is not allowed is refused before it
 * reaches a filter or a controller: a forged host must not end up in a redirect, a cache
 * key or a link the application builds. The dev profile allows {@code localhost} and the
 * loopback addresses; every other profile allows nothing until it is told which hosts it
 * serves, so a production instance that was not configured refuses every request (400)
 * instead of answering any host, and {@code check-deploy} says why.
 *
 * @param baseUrl the address users type, with scheme, host and any port and path prefix,
 * e.g. {@code https://stock.example.com} ({@code STOCKROOM_BASE_URL})
 * @param allowedHosts the host names the site answers to, like Django's
 * {@code ALLOWED_HOSTS} ({@code STOCKROOM_ALLOWED_HOSTS}, comma-separated, e.g.
 * {@code stock.example.com,www.stock.example.com}): as the client sends them, without
 * port, compared case-insensitively; an IPv6 address in brackets ({@code [::1]});
 * {@code *} allows any host, for development only. Empty, the default outside the dev
 * profile, refuses every request
 * @param instanceId which instance answered ({@code STOCKROOM_INSTANCE_ID}, e.g. the host
 * name): sent as {@code X-Instance-Id} when set, so that behind a load balancer a
 * response shows where it came from; empty, the default, sends no header
 * @param timeZone the time zone pages show times in for a user who has not chosen one on
 * their profile ({@code STOCKROOM_TIME_ZONE}, a zone id such as {@code Europe/Berlin}).
 * The API always answers in UTC
 * @param currency the currency every amount of money is in, as an ISO 4217 code
 * ({@code STOCKROOM_CURRENCY}, e.g. {@code GBP}): pages write it beside each amount. A
 * fixed default rather than the machine's locale, which would change the pages with the
 * server they run on. The API keeps plain numbers
 */
@ConfigurationProperties("stockroom")
public record SiteProperties(@DefaultValue(SiteProperties.DEFAULT_BASE_URL) URI baseUrl, List<String> allowedHosts,
		String instanceId, @DefaultValue("UTC") ZoneId timeZone, @DefaultValue("EUR") Currency currency) {

	public static final String DEFAULT_BASE_URL = "http://localhost:8080";

	/** The entry in {@code allowedHosts} that allows any host. */
	public static final String ANY_HOST = "*";

	public SiteProperties {
		String scheme = (baseUrl != null) ? baseUrl.getScheme() : null;
		if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null
				|| baseUrl.getRawUserInfo() != null || baseUrl.getRawQuery() != null
				|| baseUrl.getRawFragment() != null) {
			throw new IllegalArgumentException("stockroom.base-url must be an http or https address with a host and"
					+ " no user, query or fragment, e.g. https://stock.example.com; it is " + baseUrl);
		}
		allowedHosts = hosts(allowedHosts);
	}

	/**
	 * @param allowedHosts host names as configured
	 * @return them without blanks, trimmed and in lower case, as {@link #allows} compares
	 * them
	 */
	public static List<String> hosts(List<String> allowedHosts) {
		return (allowedHosts != null) ? allowedHosts.stream()
			.map((host) -> host.strip().toLowerCase(Locale.ROOT))
			.filter((host) -> !host.isEmpty())
			.toList() : List.of();
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

	/**
	 * @param host the host name a request was made for, as
	 * {@code HttpServletRequest.getServerName()} reports it
	 * @return whether this site answers to it
	 */
	public boolean allows(String host) {
		if (host == null) {
			return false;
		}
		return this.allowedHosts.contains(ANY_HOST) || this.allowedHosts.contains(host.toLowerCase(Locale.ROOT));
	}

}
