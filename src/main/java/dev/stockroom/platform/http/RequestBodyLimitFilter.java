package dev.stockroom.platform.http;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.stockroom.platform.error.Problems;

/**
 * Refuses a request body over the limit with a 413 problem detail before anything reads
 * it into memory: JSON (and any other body) over {@code stockroom.limits.json-body},
 * multipart uploads over {@code stockroom.limits.image-body}, or
 * {@code stockroom.limits.import-file} for an import's upload (plus a little for the
 * multipart framing). A declared {@code Content-Length} over the limit is answered at
 * once, unread. A chunked body has no length up front, so its stream is counted as it is
 * read and fails at the limit; whatever the reader made of that failure (a Jackson parse
 * error, say) is replaced by the 413.
 *
 * <p>
 * A chunked multipart body is not read through this filter's stream (Tomcat parses parts
 * from its own), so there {@code spring.servlet.multipart.max-request-size} and
 * {@code max-file-size} count the bytes, and {@code ApiExceptionHandler} answers their
 * {@code MaxUploadSizeExceededException} with the same 413.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final RequestLimitProperties limits;

	private final Problems problems;

	RequestBodyLimitFilter(RequestLimitProperties limits, Problems problems) {
		this.limits = limits;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean multipart = isMultipart(request);
		long limit = multipart ? this.limits.multipartBody(request.getRequestURI()) : this.limits.jsonBody().toBytes();
		long length = request.getContentLengthLong();
		if (length > limit) {
			tooLarge(request, response, limit);
			return;
		}
		// Only a chunked body has no length;
		// a request without one (a GET) has nothing to count.
		if (length >= 0 || multipart || !"chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
			chain.doFilter(request, response);
			return;
		}
		CountingRequest counting = new CountingRequest(request, limit);
		try {
			chain.doFilter(counting, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!counting.exceeded) {
				throw ex;
			}
		}
		if (counting.exceeded && !response.isCommitted()) {
			response.reset();
			tooLarge(request, response, limit);
		}
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		HttpHeaders headers = new HttpHeaders();
		// The unread rest of the body is not worth swallowing.
		headers.set(HttpHeaders.CONNECTION, "close");
		this.problems.write(
				request, response, Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
						"Request body too large", "The request body is larger than the " + limit + " bytes allowed"),
				headers);
	}

	/** A request whose body stream fails once more than the limit has been read. */
	private static final class CountingRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		private boolean exceeded;

		CountingRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream());
			}
			return this.stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					(getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8"));
		}

		private final class CountingStream extends ServletInputStream {

			private final ServletInputStream delegate;

			private long count;

			CountingStream(ServletInputStream delegate) {
				this.delegate = delegate;
			}

			@Override
			public int read() throws IOException {
				int b = this.delegate.read();
				if (b != -1) {
					counted(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = this.delegate.read(buffer, offset, length);
				if (n > 0) {
					counted(n);
				}
				return n;
			}

			private void counted(int n) throws IOException {
				this.count += n;
				if (this.count > CountingRequest.this.limit) {
					CountingRequest.this.exceeded = true;
					throw new BodyTooLargeException(CountingRequest.this.limit);
				}
			}

			@Override
			public boolean isFinished() {
				return this.delegate.isFinished();
			}

			@Override
			public boolean isReady() {
				return this.delegate.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				this.delegate.setReadListener(listener);
			}

		}

	}

	/** Thrown by a counted body stream at its limit. */
	public static final class BodyTooLargeException extends IOException {

		BodyTooLargeException(long limit) {
			super("The request body is larger than the " + limit + " bytes allowed");
		}

	}

}
