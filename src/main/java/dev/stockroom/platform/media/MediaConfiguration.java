package dev.stockroom.platform.media;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link MediaStorage} that {@code stockroom.media.storage} names. The S3 client is
 * built here, not at the first upload, so a missing bucket stops the start-up rather than
 * the first user; it connects only when used.
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	@Bean
	MediaStorage mediaStorage(MediaProperties properties) {
		return switch (properties.storage()) {
			case LOCAL -> new LocalMediaStorage(properties.directory());
			case S3 -> s3(properties.s3());
		};
	}

	static S3MediaStorage s3(MediaProperties.S3 settings) {
		if (settings == null || settings.bucket() == null) {
			throw new IllegalStateException(
					"stockroom.media.storage=s3 needs stockroom.media.s3.bucket (STOCKROOM_MEDIA_BUCKET)");
		}
		S3ClientBuilder builder = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
		if (settings.region() != null) {
			builder.region(Region.of(settings.region()));
		}
		if (settings.endpoint() != null) {
			// S3-compatible stores are addressed by path (host/bucket/key),
			// not by a bucket sub-domain.
			builder.endpointOverride(settings.endpoint()).forcePathStyle(true);
		}
		return new S3MediaStorage(builder.build(), settings.bucket());
	}

}
