package dev.stockroom.platform.media;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where uploaded files live, by key. Keys are made by {@link MediaKeys#generate(String)},
 * never taken from a client's file name, so a name such as {@code ../../etc/passwd} has
 * nowhere to go; every implementation refuses a key {@link MediaKeys} did not make.
 * Stored files are immutable: a new upload gets a new key.
 */
public interface MediaStorage {

	/**
	 * @param key a key from {@link MediaKeys#generate(String)}
	 * @param content the file
	 * @param contentType its media type, e.g. {@code image/png}
	 * @throws IllegalArgumentException for a key {@link MediaKeys} would refuse
	 */
	void put(String key, byte[] content, String contentType);

	/**
	 * Stores a file read from a stream, never holding it whole in memory (an uploaded
	 * import file can be 50 MiB).
	 * @param key a key from {@link MediaKeys#generate(String)}
	 * @param content the file; read to its end, not closed
	 * @param length its length in bytes (S3 needs it before the first byte)
	 * @param contentType its media type, e.g. {@code text/csv}
	 * @throws IllegalArgumentException for a key {@link MediaKeys} would refuse
	 */
	void put(String key, InputStream content, long length, String contentType);

	/**
	 * Opens a stored file for reading, without loading it into memory.
	 * @param key the key
	 * @return the file's bytes as a stream the caller closes, or empty when nothing is
	 * stored under the key (or the key is not one of ours)
	 */
	Optional<InputStream> open(String key);

	/**
	 * @param key the key
	 * @return the file, or empty when nothing is stored under the key (or the key is not
	 * one of ours)
	 */
	Optional<StoredMedia> get(String key);

	/**
	 * Removes the file, if there is one.
	 * @param key the key
	 */
	void delete(String key);

	/**
	 * A stored file.
	 *
	 * @param content the bytes
	 * @param contentType the media type it was stored with
	 */
	record StoredMedia(byte[] content, String contentType) {
	}

}
