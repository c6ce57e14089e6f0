package dev.stockroom.platform.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files in a local directory ({@code stockroom.media.directory}), for development and
 * single-instance installations. Several instances need a shared store: S3.
 */
class LocalMediaStorage implements MediaStorage {

	private final Path directory;

	LocalMediaStorage(Path directory) {
		try {
			this.directory = Files.createDirectories(directory).toAbsolutePath().normalize();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the media directory " + directory, ex);
		}
	}

	@Override
	public void put(String key, byte[] content, String contentType) {
		Path target = resolve(key);
		try {
			// Written aside and moved in, so a reader never sees half a file.
			Path temporary = Files.createTempFile(this.directory, ".upload-", ".tmp");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store " + key, ex);
		}
	}

	@Override
	public void put(String key, InputStream content, long length, String contentType) {
		Path target = resolve(key);
		try {
			Path temporary = Files.createTempFile(this.directory, ".upload-", ".tmp");
			Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store " + key, ex);
		}
	}

	@Override
	public Optional<InputStream> open(String key) {
		if (!MediaKeys.isValid(key)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.newInputStream(resolve(key)));
		}
		catch (java.nio.file.NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + key, ex);
		}
	}

	@Override
	public Optional<StoredMedia> get(String key) {
		if (!MediaKeys.isValid(key)) {
			return Optional.empty();
		}
		Path file = resolve(key);
		try {
			return Optional.of(new StoredMedia(Files.readAllBytes(file), MediaKeys.contentType(key)));
		}
		catch (java.nio.file.NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + key, ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + key, ex);
		}
	}

	Path directory() {
		return this.directory;
	}

	// The key's pattern already excludes separators and dots; the check on the resolved
	// path is the second lock on the same door.
	private Path resolve(String key) {
		Path file = this.directory.resolve(MediaKeys.requireValid(key)).normalize();
		if (!this.directory.equals(file.getParent())) {
			throw new IllegalArgumentException("Not a media key: " + key);
		}
		return file;
	}

}
