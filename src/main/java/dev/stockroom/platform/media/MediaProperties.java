package dev.stockroom.platform.media;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded media (product images) are stored, under generated names
 * ({@link MediaStorage}): a local directory in development, an S3 bucket or an
 * S3-compatible store (MinIO, Ceph) in production. S3 credentials come from the AWS SDK's
 * default chain: {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, a profile,
 * or the instance's role.
 *
 * @param storage {@code local} (a directory) or {@code s3}
 * ({@code STOCKROOM_MEDIA_STORAGE})
 * @param directory the local directory ({@code STOCKROOM_MEDIA_DIRECTORY}); several
 * instances must share it
 * @param s3 the bucket, for {@code s3}
 */
@ConfigurationProperties("stockroom.media")
record MediaProperties(@DefaultValue("local") Storage storage, @DefaultValue("target/media") Path directory,
		@DefaultValue S3 s3) {

	enum Storage {

		LOCAL, S3

	}

	/**
	 * @param bucket the bucket's name ({@code STOCKROOM_MEDIA_BUCKET})
	 * @param region its region, e.g. {@code eu-central-1}
	 * ({@code STOCKROOM_MEDIA_REGION}); empty: the SDK's default chain
	 * ({@code AWS_REGION})
	 * @param endpoint an S3-compatible store's address, e.g. MinIO's
	 * ({@code STOCKROOM_MEDIA_ENDPOINT}); empty for AWS
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
