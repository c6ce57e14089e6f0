package dev.stockroom.platform.media;

import java.io.InputStream;
import java.util.Optional;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files in an S3 bucket (or any S3-compatible store, through an endpoint override), for
 * several instances that share their media. The object keys are {@link MediaKeys}', at
 * the bucket's top level; each object carries the media type it was stored with.
 */
class S3MediaStorage implements MediaStorage {

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

	String bucket() {
		return this.bucket;
	}

}
