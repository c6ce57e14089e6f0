package dev.stockroom.identity.password;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing against one account (Django's django-axes): after
 * {@code max-failures} failed sign-ins for a username from one client address within
 * {@code window} (10 in 15 minutes by default), {@link #check} refuses further attempts
 * for that username from that address, right password or not, until the oldest of those
 * failures is older than the window. Keyed by username and address together, so that
 * nobody can lock an account for others: a client with no recent failures for the
 * username signs in with the right password whatever another client has tried. Other
 * usernames are unaffected, and no account is ever locked for good.
 *
 * <p>
 * The address is {@link jakarta.servlet.http.HttpServletRequest#getRemoteAddr()}: behind
 * a trusted proxy, the address the proxy forwarded (Tomcat's {@code RemoteIpValve}), so a
 * client cannot choose its own by sending {@code X-Forwarded-For}.
 *
 * <p>
 * Failures live in PostgreSQL ({@code login_failures}, one row per failure; see
 * {@code V11__login_failures.sql} for why not a counter), so every instance sees the same
 * count. The table stays bounded: an attempt refused by the throttle is not recorded (a
 * username and address never have more live rows than the limit), each row costs its
 * sender a password hash, and rows older than the window are deleted every five minutes.
 * Attempts that arrive in parallel may each pass the check before any failure is
 * recorded, so a burst can get a few attempts past the limit once; a lock per username
 * would make the limit exact, but a flood of attempts on one username would then hold the
 * connection pool hostage. The API's rate limiter bounds bursts.
 */
@Component
public class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	// The longest username there can be (V6__identity.sql); longer input is cut to it.
	private static final int MAX_KEY_LENGTH = 150;

	// The column's length (V15__login_failures_per_client.sql).
	private static final int MAX_ADDRESS_LENGTH = 64;

	private final JdbcClient jdbc;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param username the username as typed
	 * @param clientAddress the address the attempt comes from
	 * @throws LoginThrottledException when the username has had too many failures from
	 * this address within the window
	 */
	public void check(String username, String clientAddress) {
		Instant now = this.clock.instant();
		Duration window = this.properties.window();
		List<Instant> recent = this.jdbc.sql("""
				SELECT failed_at FROM login_failures
				WHERE username_key = lower(left(:username, :length)) AND client_address = left(:address, :addressLength)
				  AND failed_at > :since
				ORDER BY failed_at DESC LIMIT :max""")
			.param("username", username)
			.param("length", MAX_KEY_LENGTH)
			.param("address", address(clientAddress))
			.param("addressLength", MAX_ADDRESS_LENGTH)
			.param("since", Timestamp.from(now.minus(window)))
			.param("max", this.properties.maxFailures())
			.query((rs, row) -> rs.getTimestamp("failed_at").toInstant())
			.list();
		if (recent.size() >= this.properties.maxFailures()) {
			// Attempts are allowed again once the oldest of the last max-failures
			// failures has left the window.
			Instant oldest = recent.get(recent.size() - 1);
			throw new LoginThrottledException(Duration.between(now, oldest.plus(window)));
		}
	}

	/**
	 * @param username the username as typed
	 * @param clientAddress the address the attempt came from
	 */
	public void recordFailure(String username, String clientAddress) {
		this.jdbc.sql("""
				INSERT INTO login_failures (username_key, client_address, failed_at)
				VALUES (lower(left(?, ?)), left(?, ?), ?)""")
			.params(username, MAX_KEY_LENGTH, address(clientAddress), MAX_ADDRESS_LENGTH,
					Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Forgets a username's failures from one address, after a successful sign-in from it.
	 * Those from other addresses stay: the owner signing in must not give a guesser
	 * elsewhere a fresh set of attempts.
	 * @param username the username as typed
	 * @param clientAddress the address the sign-in came from
	 */
	public void clear(String username, String clientAddress) {
		this.jdbc
			.sql("DELETE FROM login_failures WHERE username_key = lower(left(?, ?)) AND client_address = left(?, ?)")
			.params(username, MAX_KEY_LENGTH, address(clientAddress), MAX_ADDRESS_LENGTH)
			.update();
	}

	/**
	 * Forgets a username's failures from every address, after a password reset: they were
	 * guesses at a password that no longer exists.
	 * @param username the username as typed
	 */
	public void clearAll(String username) {
		this.jdbc.sql("DELETE FROM login_failures WHERE username_key = lower(left(?, ?))")
			.params(username, MAX_KEY_LENGTH)
			.update();
	}

	// A request always has one; a caller without a request (a test, a command) counts
	// as one client.
	private static String address(String clientAddress) {
		return (clientAddress != null) ? clientAddress : "unknown";
	}

	// Failures older than the window no longer count; without this the table would grow
	// with every mistyped password. A recurring background job: once across instances,
	// on a worker. Public, because JobRunr calls it by reflection.
	@Recurring(id = "login-failures.delete-expired", interval = "PT5M")
	@Job(name = "Delete login failures outside the throttling window")
	public void deleteExpired() {
		int deleted = this.jdbc.sql("DELETE FROM login_failures WHERE failed_at <= ?")
			.param(Timestamp.from(this.clock.instant().minus(this.properties.window())))
			.update();
		if (deleted > 0) {
			log.debug("Deleted {} login failures older than the throttling window", deleted);
		}
	}

}
