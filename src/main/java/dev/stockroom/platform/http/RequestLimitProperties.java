package dev.stockroom.platform.http;

import java.util.Set;

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
 * @param importFile a CSV file uploaded to import ({@code POST /api/v1/imports} or
 * {@code /imports}), the largest upload: Spring's multipart limits in
 * {@code application.yml} are this one's
 */
@ConfigurationProperties("stockroom.limits")
public record RequestLimitProperties(@DefaultValue("1MB") DataSize jsonBody, @DefaultValue("5MB") DataSize imageBody,
		@DefaultValue("50MB") DataSize importFile) {

	// The two upload forms of imports, API and page: the only places a file this large is
	// taken. Every other multipart request keeps the image limit.
	private static final Set<String> IMPORT_PATHS = Set.of("/api/v1/imports", "/imports");

	// Room for the multipart boundaries, part headers and a CSRF field around the file.
	static final long MULTIPART_OVERHEAD = 64 * 1024;

	long multipartBody(String path) {
		DataSize file = IMPORT_PATHS.contains(path) ? this.importFile : this.imageBody;
		return file.toBytes() + MULTIPART_OVERHEAD;
	}

}
