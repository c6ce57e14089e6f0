package dev.stockroom.platform.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the application reads: anything over is a 413 before it is
 * read ({@link RequestBodyLimitFilter}). Images are also checked after decoding
 * ({@link ImageProperties}).
 *
 * @param jsonBody any body but an upload: JSON, a page's form
 * @param imageBody an uploaded image; the multipart request around it may be a little
 * larger (its boundaries and other fields). Spring's own
 * {@code spring.servlet.multipart.max-file-size} and {@code max-request-size} in
 * {@code application.yml} must allow as much
 */
@ConfigurationProperties("stockroom.limits")
public record RequestLimitProperties(@DefaultValue("1MB") DataSize jsonBody, @DefaultValue("5MB") DataSize imageBody) {

	// Room for the multipart boundaries, part headers and a CSRF field around the file.
	static final long MULTIPART_OVERHEAD = 64 * 1024;

	long multipartBody() {
		return this.imageBody.toBytes() + MULTIPART_OVERHEAD;
	}

}
