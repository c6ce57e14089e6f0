package dev.stockroom.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.stockroom.imports.ImportStore.Stored;
import dev.stockroom.platform.media.MediaStorage;

/**
 * Deletes uploaded import files {@code stockroom.imports.file-retention} (7 days) after
 * their upload: an import keeps its counts and errors, not the file. An import still in
 * preview by then can no longer be started, and is marked failed with the reason. A
 * recurring job, once an hour across the instances ({@link ImportLauncher}).
 */
@Component
public class ImportFileCleanup {

	private static final Logger log = LoggerFactory.getLogger(ImportFileCleanup.class);

	private final ImportStore store;

	private final MediaStorage storage;

	private final ImportProperties properties;

	ImportFileCleanup(ImportStore store, MediaStorage storage, ImportProperties properties) {
		this.store = store;
		this.storage = storage;
		this.properties = properties;
	}

	/**
	 * Deletes the files past their retention.
	 * @return how many files were deleted
	 */
	public int deleteOldFilesNow() {
		int deleted = 0;
		for (Stored stored : this.store.withFilesOlderThan(this.properties.fileRetention())) {
			this.storage.delete(stored.fileKey());
			this.store.forgetFile(stored.id());
			if (stored.status() == ImportStatus.PREVIEW) {
				this.store.fail(stored.id(), "Its file was deleted after " + this.properties.fileRetention().toDays()
						+ " days without the import being started");
			}
			deleted++;
		}
		if (deleted > 0) {
			log.info("Deleted {} uploaded import files", deleted);
		}
		return deleted;
	}

}
