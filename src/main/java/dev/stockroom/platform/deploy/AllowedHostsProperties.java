package dev.stockroom.platform.deploy;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The host names this site answers to (Django's {@code ALLOWED_HOSTS}). A request whose
 * {@code Host} header names any other host is refused before it reaches a filter or a
 * controller: a forged host must not end up in a redirect, a cache key or a link the
 * application builds. The dev profile allows {@code localhost} and the loopback
 * addresses; every other profile allows nothing until it is told which hosts it serves,
 * so a production instance that was not configured refuses every request instead of
 * answering any host, and {@code check-deploy} says why.
 *
 * @param allowedHosts host names as the client sends them, without port, compared
 * case-insensitively; an IPv6 address in brackets ({@code [::1]}); {@code *} allows any
 * host, for development only ({@code STOCKROOM_ALLOWED_HOSTS}, comma-separated)
 */
@ConfigurationProperties("stockroom")
public record AllowedHostsProperties(List<String> allowedHosts) {

	/** The entry that allows any host. */
	public static final String ANY_HOST = "*";

	public AllowedHostsProperties {
		allowedHosts = (allowedHosts != null) ? allowedHosts.stream()
			.map((host) -> host.strip().toLowerCase(Locale.ROOT))
			.filter((host) -> !host.isEmpty())
			.toList() : List.of();
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
