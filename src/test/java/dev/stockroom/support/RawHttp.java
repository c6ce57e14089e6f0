package dev.stockroom.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand over a socket, for the headers an HTTP client will not let a
 * test set ({@code Host}): what a hostile client can send, the server gets to see.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * @param port the local port the application listens on (127.0.0.1)
	 * @param path the path and query
	 * @param headers request headers, {@code Host} among them; {@code Connection: close}
	 * is added
	 * @return the answer
	 * @throws IOException when the connection fails
	 */
	public static Response get(int port, String path, Map<String, String> headers) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(10_000);
			StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\n");
			headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			request.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Response.parse(socket.getInputStream().readAllBytes());
		}
	}

	/**
	 * Sends a request exactly as given, for what no client would send (a control
	 * character in a header, a {@code TRACE}).
	 * @param port the local port the application listens on (127.0.0.1)
	 * @param request the whole request, head and body, in ISO-8859-1
	 * @return every byte the server sent until it closed the connection
	 * @throws IOException when the connection fails
	 */
	public static byte[] send(int port, String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int n = socket.getInputStream().read(buffer); n != -1; n = socket.getInputStream().read(buffer)) {
					answer.write(buffer, 0, n);
				}
			}
			catch (java.net.SocketException reset) {
				// A connection the server reset: what it sent before is the answer.
			}
			return answer.toByteArray();
		}
	}

	/**
	 * @param port the local port the application listens on (127.0.0.1)
	 * @param request the whole request, as for {@link #send}
	 * @return the answer
	 * @throws IOException when the connection fails
	 */
	public static Response exchange(int port, String request) throws IOException {
		return Response.parse(send(port, request));
	}

	/**
	 * An answer.
	 *
	 * @param status the status code
	 * @param headers the headers, names in lower case
	 * @param body the body, de-chunked, as UTF-8
	 */
	public record Response(int status, Map<String, String> headers, String body) {

		/**
		 * @param name a header name, any case
		 * @return its value, or {@code null}
		 */
		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		/**
		 * @param raw the bytes of an answer, head and body
		 * @return the answer
		 * @throws IOException when a chunked body is cut short
		 */
		public static Response parse(byte[] raw) throws IOException {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
			byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = dechunk(new ByteArrayInputStream(body));
			}
			return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] dechunk(InputStream in) throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			while (true) {
				int size = Integer.parseInt(line(in).split(";")[0].strip(), 16);
				if (size == 0) {
					return body.toByteArray();
				}
				body.write(in.readNBytes(size));
				line(in);
			}
		}

		private static String line(InputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

	}

}
