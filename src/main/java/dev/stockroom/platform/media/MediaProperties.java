package dev.stockroom.platform.media;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files (product images, import files) are stored, under generated names
 * ({@link MediaStorage}): a local directory in development, an S3 bucket or an
 * S3-compatible store (MinIO, Ceph, Garage) in production, where several instances and
 * the job workers must read what any one of them stored.
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
	 * The bucket and how to reach it. Stockroom never creates the bucket:
	 * {@code check-deploy} reports one that is missing or that the credentials may not
	 * use.
	 *
	 * @param bucket the bucket's name ({@code STOCKROOM_MEDIA_BUCKET})
	 * @param region its region, e.g. {@code eu-central-1}
	 * ({@code STOCKROOM_MEDIA_REGION}); empty: the AWS SDK's default chain
	 * ({@code AWS_REGION}), or {@code us-east-1} where an endpoint is set
	 * @param endpoint an S3-compatible store's address, e.g. MinIO's
	 * ({@code STOCKROOM_MEDIA_ENDPOINT}); empty for AWS. With an endpoint, buckets are
	 * addressed by path ({@code host/bucket/key}) and checksums are sent only where S3
	 * requires them, as most S3-compatible stores expect
	 * @param accessKeyId the access key ({@code STOCKROOM_MEDIA_ACCESS_KEY_ID}), e.g. an
	 * S3-compatible store's; empty: the AWS SDK's default chain
	 * ({@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, a profile, or the
	 * instance's or pod's role, best on AWS)
	 * @param secretAccessKey its secret ({@code STOCKROOM_MEDIA_SECRET_ACCESS_KEY})
	 */
	record S3(String bucket, String region, URI endpoint, String accessKeyId, String secretAccessKey) {

		S3 {
			bucket = blankToNull(bucket);
			region = blankToNull(region);
			accessKeyId = blankToNull(accessKeyId);
			secretAccessKey = blankToNull(secretAccessKey);
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

		// A record's own toString would print the secret wherever the settings are
		// logged.
		@Override
		public String toString() {
			return "S3[bucket=" + this.bucket + ", region=" + this.region + ", endpoint=" + this.endpoint
					+ ", accessKeyId=" + this.accessKeyId + ", secretAccessKey="
					+ ((this.secretAccessKey != null) ? "******" : null) + "]";
		}

	}

}
