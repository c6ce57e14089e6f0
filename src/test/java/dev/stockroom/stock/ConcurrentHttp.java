package dev.stockroom.stock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fires many POSTs at the running server over real HTTP, all released at once by a start
 * gate, so that they meet in the database at the same time (MockMvc would run them on the
 * test's threads without a real server in between). Used by the stock and the sales
 * concurrency tests.
 */
public final class ConcurrentHttp {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String baseUrl;

	private final String authorization;

	/**
	 * @param port the running server's port
	 * @param authorization the {@code Authorization} header every request carries (see
	 * {@code TestTokens})
	 */
	public ConcurrentHttp(int port, String authorization) {
		this.baseUrl = "http://localhost:" + port;
		this.authorization = authorization;
	}

	/**
	 * Sends {@code count} requests together and waits for every answer.
	 * @param count how many requests
	 * @param request makes the i-th request's path, body and headers
	 * @param timeout how long all of them may take together; longer means something hangs
	 * (a deadlock, a lost lock)
	 * @return the answers, in request order
	 */
	public Answers post(int count, Function<Integer, Post> request, Duration timeout) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch ready = new CountDownLatch(count);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Answer>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Post post = request.apply(i);
				HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + post.path()))
					.timeout(timeout)
					.header("Content-Type", "application/json")
					.header("Authorization", this.authorization)
					.POST(HttpRequest.BodyPublishers.ofString(post.body()));
				post.headers().forEach(builder::header);
				HttpRequest httpRequest = builder.build();
				futures.add(pool.submit(() -> {
					ready.countDown();
					start.await();
					HttpResponse<String> response = this.client.send(httpRequest, HttpResponse.BodyHandlers.ofString());
					return new Answer(response.statusCode(), response.body(),
							response.headers().firstValue("Idempotent-Replayed").orElse(null));
				}));
			}
			ready.await(30, TimeUnit.SECONDS);
			long started = System.nanoTime();
			start.countDown();
			List<Answer> answers = new ArrayList<>();
			long deadline = started + timeout.toNanos();
			for (Future<Answer> future : futures) {
				answers.add(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
			}
			return new Answers(answers, Duration.ofNanos(System.nanoTime() - started));
		}
		finally {
			pool.shutdownNow();
		}
	}

	public record Post(String path, String body, Map<String, String> headers) {

		public static Post movement(String body) {
			return new Post("/api/v1/stock/movements", body, Map.of());
		}

	}

	public record Answer(int status, String body, String replayed) {
	}

	public record Answers(List<Answer> list, Duration took) {

		public Map<Integer, Long> countByStatus() {
			return this.list.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
		}

		public List<Answer> withStatus(int status) {
			return this.list.stream().filter((answer) -> answer.status() == status).toList();
		}

	}

}
