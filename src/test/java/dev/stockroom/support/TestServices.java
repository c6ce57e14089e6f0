package dev.stockroom.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import redis.embedded.RedisServer;

import org.springframework.boot.SpringApplication;

/**
 * Finds the real PostgreSQL server the tests run against, and gives each test run
 * databases of its own on it. In order:
 * <ol>
 * <li>{@code STOCKROOM_TEST_POSTGRES_URL}, a JDBC URL of a database the tests may connect
 * to in order to create their own (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres});
 * <li>otherwise, where a Docker engine answers (GitHub Actions, most laptops), a
 * PostgreSQL container started by Testcontainers for the run;
 * <li>otherwise an embedded PostgreSQL started from binaries on Maven Central (zonky), so
 * that {@code ./mvnw verify} passes on a machine with nothing but a JDK.
 * </ol>
 * Which one serves is the {@link Tier}; without Docker the other two serve and no test is
 * skipped. The databases are named {@code stockroom_test_<epoch seconds>_<random>}, new
 * for every run, so what one run leaves behind can never change another's result. They
 * are not dropped as the JVM exits: the application contexts are still closing then, in
 * shutdown hooks that run in no fixed order, and closing still talks to the database.
 * Instead each run drops what earlier runs left, once it is ten minutes old and nobody is
 * connected to it.
 *
 * <p>
 * Redis likewise: {@code STOCKROOM_TEST_REDIS_URL} (e.g. {@code redis://127.0.0.1:6379})
 * when set, otherwise a Redis container where Docker answers, otherwise an embedded Redis
 * (codemonstur's embedded-redis) on a free port. Each run's keys start with a prefix of
 * its own ({@link #redisKeyPrefix()}), so runs sharing one Redis never see each other's
 * keys; Redis expires them.
 */
public final class TestServices {

	/** Where a service comes from, in the order they are tried. */
	public enum Tier {

		/** The server named by an environment variable. */
		ENVIRONMENT,

		/** A container started by Testcontainers, where a Docker engine answers. */
		TESTCONTAINERS,

		/** Binaries from Maven Central, started in-process or as a child process. */
		EMBEDDED

	}

	private static final String POSTGRES_IMAGE = "postgres:17-alpine";

	private static final String REDIS_IMAGE = "redis:7-alpine";

	private static Boolean dockerAnswers;

	public static final String POSTGRES_URL_VARIABLE = "STOCKROOM_TEST_POSTGRES_URL";

	public static final String REDIS_URL_VARIABLE = "STOCKROOM_TEST_REDIS_URL";

	private static final String PREFIX = "stockroom_test_";

	private static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

	private static String serverUrl;

	private static String sharedDatabaseUrl;

	private static String redisUrl;

	private static final String REDIS_KEY_PREFIX = "stockroom-test-" + Instant.now().getEpochSecond() + "-"
			+ ThreadLocalRandom.current().nextInt(1_000_000) + ":";

	private TestServices() {
	}

	/**
	 * @return the URL of the run's Redis ({@code redis://host:port}); an embedded one is
	 * started on first use when none is configured
	 */
	public static synchronized String redisUrl() {
		if (redisUrl == null) {
			String configured = System.getenv(REDIS_URL_VARIABLE);
			redisUrl = switch (tier(configured, TestServices::dockerAnswers)) {
				case ENVIRONMENT -> configured;
				case TESTCONTAINERS -> startRedisContainer();
				case EMBEDDED -> startEmbeddedRedis();
			};
		}
		return redisUrl;
	}

	/**
	 * @param configured the environment variable's value, {@code null} when unset
	 * @param dockerAnswers whether a Docker engine answers; asked only when needed
	 * @return the tier that serves
	 */
	static Tier tier(String configured, BooleanSupplier dockerAnswers) {
		if (configured != null && !configured.isBlank()) {
			return Tier.ENVIRONMENT;
		}
		return dockerAnswers.getAsBoolean() ? Tier.TESTCONTAINERS : Tier.EMBEDDED;
	}

	/**
	 * @return the tier that serves this run's PostgreSQL
	 */
	public static Tier postgresTier() {
		return tier(System.getenv(POSTGRES_URL_VARIABLE), TestServices::dockerAnswers);
	}

	/**
	 * @return whether a Docker engine answers (asked once per run; Testcontainers looks
	 * at DOCKER_HOST, the usual sockets and its own configuration)
	 */
	static synchronized boolean dockerAnswers() {
		if (dockerAnswers == null) {
			try {
				dockerAnswers = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException | LinkageError ex) {
				dockerAnswers = false;
			}
		}
		return dockerAnswers;
	}

	// Trust authentication and the user postgres, as on the project's machines,
	// so that the URL has the same form whichever tier serves.
	// Testcontainers' reaper removes the container once the JVM has gone.
	@SuppressWarnings("resource")
	private static String startPostgresContainer() {
		PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE).withUsername("postgres")
			.withDatabaseName("postgres")
			.withEnv("POSTGRES_HOST_AUTH_METHOD", "trust");
		postgres.start();
		return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432)
				+ "/postgres?user=postgres";
	}

	@SuppressWarnings("resource")
	private static String startRedisContainer() {
		GenericContainer<?> redis = new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE)).withExposedPorts(6379);
		redis.start();
		return "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
	}

	/**
	 * @return the key prefix of this run,
	 * {@code stockroom-test-<epoch seconds>-<random>:}
	 */
	public static String redisKeyPrefix() {
		return REDIS_KEY_PREFIX;
	}

	// Stopped by a Spring shutdown handler for the same
	// reason as the embedded PostgreSQL.
	private static String startEmbeddedRedis() {
		try {
			int port = freePort();
			RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
			redis.start();
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					redis.stop();
				}
				catch (IOException ex) {
					// the JVM is exiting; the process is killed with it
				}
			});
			return "redis://127.0.0.1:" + port;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded Redis", ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * @return the JDBC URL (user included) of the database that every test context shares
	 * in this run; created on first use, migrated by the application's Flyway
	 */
	public static synchronized String sharedDatabaseUrl() {
		if (sharedDatabaseUrl == null) {
			sharedDatabaseUrl = newDatabase();
		}
		return sharedDatabaseUrl;
	}

	/**
	 * @return the JDBC URL of a new, empty database for a test that needs one to itself
	 */
	public static synchronized String newDatabase() {
		String server = serverUrl();
		String name = PREFIX + Instant.now().getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(1_000_000);
		execute(server, "CREATE DATABASE " + name);
		return withDatabase(server, name);
	}

	private static String serverUrl() {
		if (serverUrl == null) {
			String configured = System.getenv(POSTGRES_URL_VARIABLE);
			serverUrl = switch (tier(configured, TestServices::dockerAnswers)) {
				case ENVIRONMENT -> configured;
				case TESTCONTAINERS -> startPostgresContainer();
				case EMBEDDED -> startEmbedded();
			};
			dropLeftovers(serverUrl);
		}
		return serverUrl;
	}

	// Stopped by a Spring shutdown handler, which runs once every application context has
	// closed; zonky's own JVM hook would stop the server while contexts still use it.
	private static String startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the temporary data directory goes with it
				}
			});
			return postgres.getJdbcUrl("postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	private static void dropLeftovers(String server) {
		long cutoff = Instant.now().minus(LEFTOVER_AGE).getEpochSecond();
		List<String> old = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(server);
				Statement statement = connection.createStatement();
				ResultSet names = statement
					.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			while (names.next()) {
				String[] parts = names.getString(1).substring(PREFIX.length()).split("_");
				if (parts.length == 2 && parts[0].chars().allMatch(Character::isDigit)
						&& Long.parseLong(parts[0]) < cutoff) {
					old.add(names.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the test PostgreSQL at " + server, ex);
		}
		// Without FORCE: a database still in use by a run that is going on is left alone.
		old.forEach((name) -> executeQuietly(server, "DROP DATABASE IF EXISTS " + name));
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on the test PostgreSQL", ex);
		}
	}

	private static void executeQuietly(String url, String sql) {
		try {
			execute(url, sql);
		}
		catch (IllegalStateException ex) {
			// best effort: a leftover database costs disk space, not correctness
		}
	}

	/** Replaces the database name in a JDBC URL, keeping host, port and parameters. */
	static String withDatabase(String jdbcUrl, String database) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		return "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + database + query;
	}

}
