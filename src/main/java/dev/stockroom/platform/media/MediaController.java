package dev.stockroom.platform.media;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves stored media ({@code GET /media/{key}}) to signed-in users who may see products.
 * Not public: product images are catalog data, which is behind {@code product.view}
 * everywhere else; the keys are unguessable, but a URL leaks through logs and shared
 * links.
 *
 * <p>
 * The headers make a stored file harmless even if it were not an image: its type is the
 * one the application wrote (never sniffed by the browser, {@code nosniff}), it is shown
 * inline under its own generated name, and a sandboxing CSP with {@code default-src
 * 'none'} forbids scripts, styles and plugins should it ever be opened as a document.
 * Keys never change content, so browsers and proxies may keep it for a year.
 */
@Controller
class MediaController {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

	private final MediaStorage storage;

	MediaController(MediaStorage storage) {
		this.storage = storage;
	}

	@GetMapping("/media/{key}")
	ResponseEntity<byte[]> media(@PathVariable String key) {
		// Images only: an uploaded import file (.csv) is its owner's, read by the import
		// alone, never served.
		if (!MediaKeys.isValid(key) || !MediaKeys.contentType(key).startsWith("image/")) {
			return ResponseEntity.notFound().build();
		}
		return this.storage.get(key)
			.map((media) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(MediaKeys.contentType(key)))
				.header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(key).build().toString())
				.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
				.body(media.content()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
