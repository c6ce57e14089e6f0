package dev.stockroom.platform.media;

import java.io.InputStream;
import java.util.Optional;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3 bucket (or any S3-compatible store, through an endpoint override), for
 * several instances that share their media. The object keys are {@link MediaKeys}', at
 * the bucket's top level; each object carries the media type it was stored with. Streams
 * go to and come from S3 as they are read: a 50 MiB import file is never held in memory
 * whole.
 */
class S3MediaStorage implements MediaStorage, AutoCloseable {

	private final S3Client s3;

	private final String bucket;

	S3MediaStorage(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public void put(String key, byte[] content, String contentType) {
		this.s3.putObject((request) -> request.bucket(this.bucket)
			.key(MediaKeys.requireValid(key))
			.contentType(contentType)
			.contentLength((long) content.length), RequestBody.fromBytes(content));
	}

	// The SDK sends the stream as it reads it, in chunks, keeping only a small buffer
	// to retry from (S3MediaStorageIntegrationTests proves it against a real server).
	@Override
	public void put(String key, InputStream content, long length, String contentType) {
		this.s3.putObject((request) -> request.bucket(this.bucket)
			.key(MediaKeys.requireValid(key))
			.contentType(contentType)
			.contentLength(length), RequestBody.fromInputStream(content, length));
	}

	@Override
	public Optional<InputStream> open(String key) {
		if (!MediaKeys.isValid(key)) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.s3.getObject((request) -> request.bucket(this.bucket).key(key)));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<StoredMedia> get(String key) {
		if (!MediaKeys.isValid(key)) {
			return Optional.empty();
		}
		try {
			ResponseBytes<GetObjectResponse> object = this.s3
				.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key));
			String contentType = object.response().contentType();
			return Optional.of(new StoredMedia(object.asByteArray(),
					(contentType != null) ? contentType : MediaKeys.contentType(key)));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String key) {
		this.s3.deleteObject((request) -> request.bucket(this.bucket).key(MediaKeys.requireValid(key)));
	}

	/**
	 * Asks S3 for the bucket (a {@code HeadBucket}, which needs {@code s3:ListBucket}).
	 * @return why the bucket cannot be used, or empty when it answers
	 */
	Optional<String> bucketProblem() {
		try {
			this.s3.headBucket((request) -> request.bucket(this.bucket));
			return Optional.empty();
		}
		catch (NoSuchBucketException ex) {
			return Optional.of("the bucket '" + this.bucket + "' does not exist");
		}
		catch (S3Exception ex) {
			return Optional.of((ex.statusCode() == 403)
					? "the credentials may not use the bucket '" + this.bucket + "' (403 Forbidden)"
					: "the bucket '" + this.bucket + "' answers HTTP " + ex.statusCode());
		}
		catch (SdkClientException ex) {
			return Optional.of("S3 cannot be reached or no credentials were found: " + ex.getMessage());
		}
	}

	String bucket() {
		return this.bucket;
	}

	// Called by Spring as the context closes (an inferred destroy method).
	@Override
	public void close() {
		this.s3.close();
	}

}
