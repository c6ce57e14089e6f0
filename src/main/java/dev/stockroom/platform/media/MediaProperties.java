package dev.stockroom.platform.media;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded media are stored ({@link MediaStorage}).
 *
 * @param storage {@code local} (a directory) or {@code s3}
 * @param directory the local directory
 * @param s3 the bucket, for {@code s3}
 */
@ConfigurationProperties("stockroom.media")
record MediaProperties(@DefaultValue("local") Storage storage, @DefaultValue("target/media") Path directory,
		@DefaultValue S3 s3) {

	enum Storage {

		LOCAL, S3

	}

	/**
	 * @param bucket the bucket's name
	 * @param region its region, e.g. {@code eu-central-1}; empty: the SDK's default chain
	 * ({@code AWS_REGION})
	 * @param endpoint an S3-compatible store's address (MinIO, Ceph); empty for AWS
	 */
	record S3(String bucket, String region, URI endpoint) {

		S3 {
			bucket = blankToNull(bucket);
			region = blankToNull(region);
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

	}

}
