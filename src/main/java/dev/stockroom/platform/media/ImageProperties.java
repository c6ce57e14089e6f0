package dev.stockroom.platform.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What processing an uploaded image may cost (see {@link UploadedImages}). Decoding takes
 * about 4 bytes a pixel, twice over (the decoded image and its clean copy), and seconds
 * of CPU for the largest: the pixel limit bounds one image's cost, the concurrency limit
 * how many are paid for at once.
 *
 * @param maxPixels the most pixels (width × height) an image may have; 25 million accepts
 * 5000 × 5000 and refuses 6000 × 6000
 * @param maxConcurrent how many images one instance processes at once; another upload
 * meanwhile is answered 503 at once rather than queued
 * @param busyRetryAfter the {@code Retry-After} of that 503
 * @param thumbnailWidth the thumbnail's width (a narrower image keeps its own)
 */
@ConfigurationProperties("stockroom.images")
public record ImageProperties(@DefaultValue("25000000") long maxPixels, @DefaultValue("2") int maxConcurrent,
		@DefaultValue("2s") Duration busyRetryAfter, @DefaultValue("200") int thumbnailWidth) {
}
