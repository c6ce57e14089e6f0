package dev.stockroom.platform.media;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import dev.stockroom.platform.deploy.DeploymentCheck.Finding;
import dev.stockroom.support.S3Server;
import dev.stockroom.support.TcpProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link S3MediaStorage} against a real S3-compatible server (s3proxy, a child process:
 * {@link S3Server}), built by {@link MediaConfiguration} from settings as production
 * builds it: store, read, delete, a 48 MiB file streamed in and out without being held
 * whole, nothing for a missing key, foreign keys refused, and {@code check-deploy}'s view
 * of the bucket.
 */
class S3MediaStorageIntegrationTests {

	private static final int MIB = 1024 * 1024;

	private static S3Server server;

	private static String bucket;

	private static S3MediaStorage storage;

	@BeforeAll
	static void storageInABucketOfItsOwn() {
		server = S3Server.shared();
		bucket = server.createBucket();
		storage = storage(bucket, server.endpoint(), S3Server.SECRET_ACCESS_KEY);
	}

	@AfterAll
	static void closeStorage() {
		storage.close();
	}

	@Test
	void storesReadsAndDeletesByKey() {
		String key = MediaKeys.generate("png");

		storage.put(key, new byte[] { 1, 2, 3 }, "image/png");

		assertThat(storage.get(key)).hasValueSatisfying((media) -> {
			assertThat(media.content()).containsExactly(1, 2, 3);
			assertThat(media.contentType()).isEqualTo("image/png");
		});
		assertThat(server.keys(bucket)).contains(key);
		assertThat(server.client().headObject((request) -> request.bucket(bucket).key(key)).contentType())
			.isEqualTo("image/png");

		storage.delete(key);

		assertThat(storage.get(key)).isEmpty();
		assertThat(server.keys(bucket)).doesNotContain(key);
	}

	@Test
	void streamsA48MebibyteFileInAndOutWithoutHoldingItWhole() throws Exception {
		long length = 48L * MIB;
		String key = MediaKeys.generate("csv");
		try (TcpProxy proxy = TcpProxy.to("127.0.0.1", server.port());
				S3MediaStorage throughProxy = storage(bucket, URI.create("http://127.0.0.1:" + proxy.port()),
						S3Server.SECRET_ACCESS_KEY)) {
			GeneratedStream source = new GeneratedStream(length, proxy);

			throughProxy.put(key, source, length, "text/csv");

			/*
			 * Held whole, the file would be read to its end before its first byte went
			 * out: 48 MiB ahead of the wire. Streamed, only the sockets' buffers lie
			 * between (about 7 MiB here).
			 */
			assertThat(source.position()).isEqualTo(length);
			assertThat(source.mostAheadOfTheWire()).as("bytes read but not yet sent").isLessThan(16L * MIB);

			long sentBefore = proxy.bytesToClient();
			try (InputStream stored = throughProxy.open(key).orElseThrow();
					DigestInputStream read = new DigestInputStream(stored, sha256())) {
				assertThat(read.readNBytes(64 * 1024)).hasSize(64 * 1024);
				// Time for the sockets' buffers to fill (about 4 MiB here); a client that
				// read the whole object in open() would have had all 48.
				Thread.sleep(300);
				assertThat(proxy.bytesToClient() - sentBefore).as("bytes come as they are read").isLessThan(24L * MIB);

				assertThat(read.transferTo(OutputStream.nullOutputStream())).isEqualTo(length - 64 * 1024);
				assertThat(hex(read.getMessageDigest())).isEqualTo(source.digest());
			}
		}
		storage.delete(key);
	}

	@Test
	void answersNothingForAMissingKey() {
		String key = MediaKeys.generate("csv");

		assertThat(storage.get(key)).isEmpty();
		assertThat(storage.open(key)).isEmpty();
		storage.delete(key);
	}

	@Test
	void refusesKeysItDidNotMake() {
		int before = server.keys(bucket).size();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> storage.put("../evil.png", "x".getBytes(StandardCharsets.UTF_8), "image/png"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> storage.put("evil.csv", InputStream.nullInputStream(), 0, "text/csv"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.delete("other-bucket/key.png"));
		assertThat(storage.get("../secret.png")).isEmpty();
		assertThat(storage.open("notes.txt")).isEmpty();
		assertThat(server.keys(bucket)).hasSize(before);
	}

	@Test
	void checkDeployReportsAMissingBucketAndCredentialsTheServerRefuses() {
		MockEnvironment environment = new MockEnvironment();
		assertThat(new S3BucketDeploymentCheck(storage).check(environment)).isEmpty();

		try (S3MediaStorage missing = storage("no-such-bucket", server.endpoint(), S3Server.SECRET_ACCESS_KEY)) {
			assertThat(new S3BucketDeploymentCheck(missing).check(environment)).singleElement().satisfies((finding) -> {
				assertThat(finding.setting()).isEqualTo("stockroom.media.s3.bucket");
				assertThat(finding.problem()).isEqualTo("the bucket 'no-such-bucket' does not exist");
				assertThat(finding.fix()).contains("aws s3 mb s3://no-such-bucket");
			});
			assertThat(server.client().listBuckets().buckets()).noneMatch((b) -> b.name().equals("no-such-bucket"));
		}
		try (S3MediaStorage wrongSecret = storage(bucket, server.endpoint(), "not-the-secret")) {
			assertThat(new S3BucketDeploymentCheck(wrongSecret).check(environment)).extracting(Finding::problem)
				.singleElement()
				.isEqualTo("the credentials may not use the bucket '" + bucket + "' (403 Forbidden)");
		}
		assertThat(new S3BucketDeploymentCheck(new LocalMediaStorage(Path.of("target/media"))).check(environment))
			.isEmpty();
	}

	private static S3MediaStorage storage(String bucket, URI endpoint, String secret) {
		return MediaConfiguration.s3(new MediaProperties.S3(bucket, null, endpoint, S3Server.ACCESS_KEY_ID, secret));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * Bytes made up as they are read (never an array of the whole file), digested on the
	 * way; at every read it notes how far the reader is ahead of what the proxy has
	 * passed on to the server.
	 */
	private static final class GeneratedStream extends InputStream {

		private final long length;

		private final TcpProxy proxy;

		private final MessageDigest digest = sha256();

		private final long sentBefore;

		private long position;

		private long mostAhead;

		private int state = 0x2545F491;

		GeneratedStream(long length, TcpProxy proxy) {
			this.length = length;
			this.proxy = proxy;
			this.sentBefore = proxy.bytesToServer();
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : (one[0] & 0xFF);
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.position >= this.length) {
				return -1;
			}
			int count = (int) Math.min(length, this.length - this.position);
			for (int i = 0; i < count; i++) {
				// xorshift: cheap bytes that do not compress or repeat
				this.state ^= this.state << 13;
				this.state ^= this.state >>> 17;
				this.state ^= this.state << 5;
				buffer[offset + i] = (byte) this.state;
			}
			this.digest.update(buffer, offset, count);
			this.position += count;
			this.mostAhead = Math.max(this.mostAhead, this.position - (this.proxy.bytesToServer() - this.sentBefore));
			return count;
		}

		long position() {
			return this.position;
		}

		long mostAheadOfTheWire() {
			return this.mostAhead;
		}

		String digest() {
			return hex(this.digest);
		}

	}

}
