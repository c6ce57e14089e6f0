package dev.stockroom.platform.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies over the limit get a 413 before they are read, over real HTTP: MockMvc always
 * knows a body's length, and only a socket shows whether the server waited for the bytes.
 */
@IntegrationTest
class RequestBodyLimitIntegrationTests {

	private static final int MIB = 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	TestTokens tokens;

	// The server answers while the client has sent 2 bytes of the 10 MiB it announced:
	// had it tried to read the body, the answer would never come (the socket times out).
	@Test
	void refusesADeclaredLengthOverTheJsonLimitWithoutReadingTheBody() throws Exception {
		String answer = exchange("POST", "/api/v1/products", "application/json",
				"Content-Length: " + (10 * MIB) + "\r\n", "{\"".getBytes(StandardCharsets.UTF_8), false);

		assertThat(answer).startsWith("HTTP/1.1 413");
		assertThat(answer).contains("application/problem+json")
			.contains("body-too-large")
			.contains("\"instance\":\"/api/v1/products\"");
	}

	@Test
	void refusesADeclaredLengthOverTheImageLimitWithoutReadingTheBody() throws Exception {
		String answer = exchange("PUT", "/api/v1/products/1/image", "multipart/form-data; boundary=x",
				"Content-Length: " + (6 * MIB) + "\r\n", "--x\r\n".getBytes(StandardCharsets.UTF_8), false);

		assertThat(answer).startsWith("HTTP/1.1 413");
	}

	@Test
	void refusesAChunkedBodyOnceItPassesTheLimit() throws Exception {
		byte[] body = productJson("a".repeat(MIB + 1000));

		String answer = exchange("POST", "/api/v1/products", "application/json", "Transfer-Encoding: chunked\r\n", body,
				true);

		assertThat(answer).startsWith("HTTP/1.1 413");
		assertThat(answer).contains("body-too-large");
	}

	@Test
	void readsAChunkedBodyUnderTheLimit() throws Exception {
		String answer = exchange("POST", "/api/v1/products", "application/json", "Transfer-Encoding: chunked\r\n",
				productJson("a".repeat(1000)), true);

		assertThat(answer).startsWith("HTTP/1.1 201");
	}

	@Test
	void readsADeclaredLengthUnderTheLimit() throws Exception {
		byte[] body = productJson("a".repeat(1000));

		String answer = exchange("POST", "/api/v1/products", "application/json",
				"Content-Length: " + body.length + "\r\n", body, false);

		assertThat(answer).startsWith("HTTP/1.1 201");
	}

	private static byte[] productJson(String description) {
		String sku = "LIMIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		return "{\"sku\": \"%s\", \"name\": \"Limit\", \"description\": \"%s\"}".formatted(sku, description)
			.getBytes(StandardCharsets.UTF_8);
	}

	private String exchange(String method, String path, String contentType, String lengthHeader, byte[] body,
			boolean chunked) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
					+ this.tokens.bearer("admin") + "\r\nContent-Type: " + contentType + "\r\n" + lengthHeader
					+ "Connection: close\r\n\r\n";
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			if (chunked) {
				int chunk = 64 * 1024;
				try {
					for (int offset = 0; offset < body.length; offset += chunk) {
						int size = Math.min(chunk, body.length - offset);
						out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
						out.write(body, offset, size);
						out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
				catch (IOException ex) {
					// The server answered and closed before taking the rest:
					// read the answer.
				}
			}
			else {
				out.write(body);
			}
			out.flush();
			return read(socket.getInputStream());
		}
	}

	private static String read(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				answer.write(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			// A reset after the answer (the server closed with our bytes unread).
		}
		return answer.toString(StandardCharsets.ISO_8859_1);
	}

}
