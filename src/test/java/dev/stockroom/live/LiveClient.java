package dev.stockroom.live;

import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A browser's side of live updates, without a browser: signs in through the login form
 * over real HTTP, reads the CSRF token a page carries for the socket, and opens STOMP
 * sessions at {@code /ws} with the session cookie, as {@code live.js} does.
 */
final class LiveClient {

	private final String base;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private String csrfHeader;

	private String csrfToken;

	private LiveClient(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	/**
	 * @param port the instance's port
	 * @param username who signs in
	 * @param password their password
	 * @return a client signed in to that instance, holding a page's CSRF token
	 */
	static LiveClient signIn(int port, String username, String password) throws Exception {
		LiveClient client = new LiveClient("http://localhost:" + port);
		Document login = client.page("/login");
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(login.selectFirst("form[action$=/login] input[name=_csrf]").attr("value"));
		HttpResponse<String> signedIn = client.http.send(HttpRequest.newBuilder(URI.create(client.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.statusCode());
		}
		Document page = client.page("/");
		client.csrfHeader = page.selectFirst("meta[name=live-csrf-header]").attr("content");
		client.csrfToken = page.selectFirst("meta[name=live-csrf]").attr("content");
		return client;
	}

	Document page(String path) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		return Jsoup.parse(response.body(), this.base);
	}

	/**
	 * @return a STOMP session whose CONNECT carried the CSRF token
	 */
	Session connect() throws Exception {
		return connect(true);
	}

	/**
	 * @param withCsrfToken whether the CONNECT frame carries the page's token
	 * @return the session, connected or refused ({@link Session#connected})
	 */
	Session connect(boolean withCsrfToken) throws Exception {
		return connect(withCsrfToken, this.base.replace("http", "ws"));
	}

	/**
	 * @param port where to open the socket instead of the instance's port (a proxy's)
	 * @return the session, connected or refused
	 */
	Session connectThrough(int port) throws Exception {
		return connect(true, "ws://localhost:" + port);
	}

	/**
	 * @param origin the Origin header of the handshake, as a page of that origin sends it
	 * @return the session, connected or refused
	 */
	Session connectFrom(String origin) throws Exception {
		this.origin = origin;
		return connect(true);
	}

	private String origin;

	private Session connect(boolean withCsrfToken, String socketBase) throws Exception {
		WebSocketStompClient stomp = new WebSocketStompClient(new StandardWebSocketClient());
		stomp.setMessageConverter(new StringMessageConverter());
		WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
		handshake.add("Cookie",
				this.cookies.getCookieStore()
					.getCookies()
					.stream()
					.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
					.collect(Collectors.joining("; ")));
		if (this.origin != null) {
			handshake.setOrigin(this.origin);
		}
		StompHeaders connect = new StompHeaders();
		if (withCsrfToken) {
			connect.add(this.csrfHeader, this.csrfToken);
		}
		Session session = new Session(stomp);
		try {
			session.stomp = stomp
				.connectAsync(URI.create(this.base.replace("http", "ws") + "/ws"), handshake, connect, session.handler)
				.get(5, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			session.failure = ex;
		}
		return session;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One socket: what it received, and the ERROR frames the server sent. */
	static final class Session implements AutoCloseable {

		private final WebSocketStompClient client;

		final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

		final BlockingQueue<Throwable> transportErrors = new LinkedBlockingQueue<>();

		StompSession stomp;

		Exception failure;

		final StompSessionHandlerAdapter handler = new StompSessionHandlerAdapter() {
			@Override
			public void handleFrame(StompHeaders headers, Object payload) {
				Session.this.errors.add(String.valueOf(headers.getFirst("message")));
			}

			@Override
			public void handleTransportError(StompSession session, Throwable exception) {
				Session.this.transportErrors.add(exception);
			}

			@Override
			public void handleException(StompSession session, StompCommand command, StompHeaders headers,
					byte[] payload, Throwable exception) {
				Session.this.transportErrors.add(exception);
			}

			@Override
			public Type getPayloadType(StompHeaders headers) {
				return String.class;
			}
		};

		Session(WebSocketStompClient client) {
			this.client = client;
		}

		boolean connected() {
			return this.stomp != null && this.stomp.isConnected();
		}

		/**
		 * @param destination e.g. {@code /topic/stock-levels}
		 * @return the bodies of the messages that arrive, as they arrive
		 */
		BlockingQueue<String> subscribe(String destination) {
			BlockingQueue<String> messages = new LinkedBlockingQueue<>();
			this.stomp.subscribe(destination, new StompFrameHandler() {
				@Override
				public Type getPayloadType(StompHeaders headers) {
					return String.class;
				}

				@Override
				public void handleFrame(StompHeaders headers, Object payload) {
					messages.add((String) payload);
				}
			});
			return messages;
		}

		@Override
		public void close() {
			if (connected()) {
				this.stomp.disconnect();
			}
			this.client.stop();
		}

	}

}
