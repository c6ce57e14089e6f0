package dev.stockroom.platform.media;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link MediaStorage} that {@code stockroom.media.storage} names. The S3 client is
 * built here, so that settings that cannot work (no bucket, a key without its secret)
 * stop the start-up rather than the first upload; it connects only when used, so that an
 * S3 outage does not keep instances from starting. Whether the bucket exists and the
 * credentials may use it is {@code check-deploy}'s question
 * ({@link S3BucketDeploymentCheck}).
 */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	// S3-compatible stores have no regions of their own but the SDK signs with one;
	// MinIO and s3proxy expect this one by default.
	static final Region DEFAULT_COMPATIBLE_REGION = Region.US_EAST_1;

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
		if ((settings.accessKeyId() == null) != (settings.secretAccessKey() == null)) {
			throw new IllegalStateException("stockroom.media.s3.access-key-id and secret-access-key"
					+ " (STOCKROOM_MEDIA_ACCESS_KEY_ID, STOCKROOM_MEDIA_SECRET_ACCESS_KEY) are set together or not at all");
		}
		S3ClientBuilder builder = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
		if (settings.region() != null) {
			builder.region(Region.of(settings.region()));
		}
		else if (settings.endpoint() != null) {
			builder.region(DEFAULT_COMPATIBLE_REGION);
		}
		if (settings.accessKeyId() != null) {
			builder.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey())));
		}
		if (settings.endpoint() != null) {
			// S3-compatible stores are addressed by path (host/bucket/key), not by a
			// bucket
			// sub-domain. Since 2.30 the SDK also sends a CRC32 of every upload in an
			// aws-chunked trailer by default, which AWS accepts and many compatible
			// stores
			// (s3proxy, older MinIO and Ceph) refuse: a checksum goes only where S3
			// requires
			// one; TLS (an https endpoint) protects the body in transit.
			builder.endpointOverride(settings.endpoint())
				.forcePathStyle(true)
				.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
				.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		}
		return new S3MediaStorage(builder.build(), settings.bucket());
	}

}
