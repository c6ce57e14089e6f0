package dev.stockroom.support;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real S3-compatible server for tests: s3proxy ({@code org.gaul:s3proxy}
 * {@code jar-with-dependencies}, from Maven Central) storing its buckets in a temporary
 * directory, with AWS signature checks on ({@link #ACCESS_KEY_ID},
 * {@link #SECRET_ACCESS_KEY}). It runs as a child process because its Jetty, Jackson 2
 * and Guava clash with the application's in one class path. The build copies the jar to
 * {@code target/s3proxy/s3proxy.jar} (the pom's {@code s3proxy} execution, before the
 * tests; offline once the jar is in the local repository); the tests find it there or
 * where the system property {@value #JAR_PROPERTY} says.
 *
 * <p>
 * Two ways to use it:
 * <ul>
 * <li>{@link S3IntegrationTest} on a test class: the whole application with
 * {@code stockroom.media.storage=s3}, in the bucket {@value #MEDIA_BUCKET} of the run's
 * server ({@link #shared()}); every such class shares one application context;</li>
 * <li>{@link #shared()} alone, with {@link #mediaSettings(String)} for a bucket of one's
 * own ({@link #createBucket()}) and {@link #client()} to look into the server behind the
 * application's back.</li>
 * </ul>
 * The child process ends with the JVM that started it, even one killed with
 * {@code SIGKILL}: it watches its standard input, which only the parent holds open
 * ({@link ExitWithParent}).
 */
public final class S3Server implements AutoCloseable {

	/** The access key the server accepts. */
	public static final String ACCESS_KEY_ID = "stockroom-test";

	/** Its secret. */
	public static final String SECRET_ACCESS_KEY = "stockroom-test-secret";

	/** The bucket {@link S3IntegrationTest}'s application stores its media in. */
	public static final String MEDIA_BUCKET = "stockroom-media";

	/** The system property naming the s3proxy jar (set by the pom for Maven runs). */
	public static final String JAR_PROPERTY = "stockroom.test.s3proxy.jar";

	private static final Path DEFAULT_JAR = Path.of("target", "s3proxy", "s3proxy.jar");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private static final Logger log = LoggerFactory.getLogger(S3Server.class);

	private static S3Server shared;

	private final Process process;

	private final Path directory;

	private final int port;

	private final Duration startedIn;

	private final S3Client client;

	private S3Server(Process process, Path directory, int port, Duration startedIn) {
		this.process = process;
		this.directory = directory;
		this.port = port;
		this.startedIn = startedIn;
		this.client = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.US_EAST_1)
			.endpointOverride(endpoint())
			.forcePathStyle(true)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
			.build();
	}

	/**
	 * @return the run's server, started on first use with the bucket
	 * {@value #MEDIA_BUCKET}; stopped as the JVM exits
	 */
	public static synchronized S3Server shared() {
		if (shared == null) {
			S3Server server = start();
			server.createBucket(MEDIA_BUCKET);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "s3-server-stop"));
			shared = server;
		}
		return shared;
	}

	/**
	 * Starts a server of one's own (e.g. for a test that stops it); the caller closes it.
	 * @return the server, answering
	 */
	public static S3Server start() {
		Path jar = jar();
		IllegalStateException failure = null;
		// A free port found now may be taken before the child binds it: then try another.
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				return startOnce(jar);
			}
			catch (IllegalStateException ex) {
				failure = ex;
			}
		}
		throw failure;
	}

	private static S3Server startOnce(Path jar) {
		long started = System.nanoTime();
		Path directory;
		int port;
		Process process;
		try {
			directory = Files.createTempDirectory("stockroom-s3-");
			Path data = Files.createDirectory(directory.resolve("data"));
			port = freePort();
			Properties settings = new Properties();
			settings.setProperty("s3proxy.endpoint", "http://127.0.0.1:" + port);
			settings.setProperty("s3proxy.authorization", "aws-v2-or-v4");
			settings.setProperty("s3proxy.identity", ACCESS_KEY_ID);
			settings.setProperty("s3proxy.credential", SECRET_ACCESS_KEY);
			settings.setProperty("jclouds.provider", "filesystem-nio2");
			settings.setProperty("jclouds.filesystem.basedir", data.toString());
			// The back end's own credentials, which a file system does not check.
			settings.setProperty("jclouds.identity", ACCESS_KEY_ID);
			settings.setProperty("jclouds.credential", SECRET_ACCESS_KEY);
			Path configuration = directory.resolve("s3proxy.conf");
			try (OutputStream out = Files.newOutputStream(configuration)) {
				settings.store(out, "written by " + S3Server.class.getName());
			}
			List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					// Small and quick to start: the tests send it a few files at a time.
					"-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
					jar + File.pathSeparator + ownLocation(), ExitWithParent.class.getName(), "--properties",
					configuration.toString());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(directory.resolve("s3proxy.log").toFile());
			builder.environment().put("LOG_LEVEL", "warn");
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start s3proxy from " + jar, ex);
		}
		try {
			awaitAnswer(process, directory, port);
		}
		catch (IllegalStateException ex) {
			deleteRecursively(directory);
			throw ex;
		}
		Duration startedIn = Duration.ofNanos(System.nanoTime() - started);
		log.info("s3proxy answers on port {}, {} ms after it was started", port, startedIn.toMillis());
		return new S3Server(process, directory, port, startedIn);
	}

	// Any HTTP answer will do (a 403 for an unsigned request): Jetty is up.
	private static void awaitAnswer(Process process, Path directory, int port) {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("s3proxy exited with " + process.exitValue() + ":\n" + log(directory));
			}
			try {
				HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/")
					.toURL()
					.openConnection();
				connection.setConnectTimeout(500);
				connection.setReadTimeout(2_000);
				try {
					connection.getResponseCode();
					return;
				}
				finally {
					connection.disconnect();
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("s3proxy did not answer within " + START_TIMEOUT + ":\n" + log(directory));
	}

	private static Path jar() {
		String configured = System.getProperty(JAR_PROPERTY);
		Path jar = (configured != null && !configured.isBlank()) ? Path.of(configured) : DEFAULT_JAR;
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No s3proxy jar at " + jar.toAbsolutePath()
					+ "; './mvnw generate-test-resources' copies it there from Maven Central");
		}
		return jar.toAbsolutePath();
	}

	// The directory (or jar) holding this class, for ExitWithParent.
	private static Path ownLocation() {
		try {
			return Path.of(S3Server.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String log(Path directory) {
		try {
			List<String> lines = Files.readAllLines(directory.resolve("s3proxy.log"), StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * @return where the server answers, {@code http://127.0.0.1:<port>}
	 */
	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/**
	 * @return the port it listens on (127.0.0.1)
	 */
	public int port() {
		return this.port;
	}

	/**
	 * @return how long it took from starting the process to the first answer
	 */
	public Duration startedIn() {
		return this.startedIn;
	}

	/**
	 * @return a client signed in to the server with the test credentials, for a test to
	 * look at what the application stored (not closed by the caller)
	 */
	public S3Client client() {
		return this.client;
	}

	/**
	 * @return the name of a new, empty bucket
	 */
	public String createBucket() {
		String name = "stockroom-test-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36);
		createBucket(name);
		return name;
	}

	/**
	 * @param name the bucket to create
	 */
	public void createBucket(String name) {
		this.client.createBucket((request) -> request.bucket(name));
	}

	/**
	 * @param bucket a bucket
	 * @return the keys of the objects in it
	 */
	public List<String> keys(String bucket) {
		return this.client.listObjectsV2Paginator((request) -> request.bucket(bucket))
			.contents()
			.stream()
			.map(S3Object::key)
			.toList();
	}

	/**
	 * @param bucket the bucket the application is to use
	 * @return the application's settings for it: {@code stockroom.media.storage=s3}, the
	 * endpoint, the region and the credentials
	 */
	public Map<String, String> mediaSettings(String bucket) {
		return Map.of("stockroom.media.storage", "s3", "stockroom.media.s3.bucket", bucket,
				"stockroom.media.s3.endpoint", endpoint().toString(), "stockroom.media.s3.region", "us-east-1",
				"stockroom.media.s3.access-key-id", ACCESS_KEY_ID, "stockroom.media.s3.secret-access-key",
				SECRET_ACCESS_KEY);
	}

	/** Stops the process and deletes what it stored. */
	@Override
	public void close() {
		this.client.close();
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		deleteRecursively(this.directory);
	}

	private static void deleteRecursively(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			// a temporary directory: the system cleans it up eventually
		}
	}

	/**
	 * Points a test's application at the run's server ({@link #shared()}): media in the
	 * bucket {@value #MEDIA_BUCKET}. Its settings rank like
	 * {@link TestDatabaseInitializer}'s: above {@code application.yml}, below a test's
	 * own properties.
	 */
	public static class MediaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			MapPropertySource s3 = new MapPropertySource("stockroomTestS3",
					Map.<String, Object>copyOf(S3Server.shared().mediaSettings(MEDIA_BUCKET)));
			TestDatabaseInitializer.addBelowTheTestsOwn(context, s3);
		}

	}

	/**
	 * The child's main class: starts s3proxy, and halts the process once its standard
	 * input ends, which happens when the parent JVM exits however it exits. Loaded in the
	 * child only, from this class's location; it uses nothing but the JDK.
	 */
	public static final class ExitWithParent {

		private ExitWithParent() {
		}

		public static void main(String[] args) throws Exception {
			Thread watch = new Thread(() -> {
				try {
					while (System.in.read() != -1) {
						// the parent writes nothing; only the end matters
					}
				}
				catch (IOException ex) {
					// the pipe broke: the parent is gone as well
				}
				Runtime.getRuntime().halt(0);
			}, "exit-with-parent");
			watch.setDaemon(true);
			watch.start();
			Class.forName("org.gaul.s3proxy.Main").getMethod("main", String[].class).invoke(null, (Object) args);
		}

	}

}
