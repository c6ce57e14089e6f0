package dev.stockroom.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.stockroom.imports.ImportStore.Stored;
import dev.stockroom.platform.media.MediaStorage;
import dev.stockroom.platform.redis.ClusterLock;

/**
 * Deletes uploaded import files {@code stockroom.imports.file-retention} (7 days) after
 * their upload: an import keeps its counts and errors, not the file. An import still in
 * preview by then can no longer be started, and is marked failed with the reason. Once an
 * hour, on one instance at a time ({@link ClusterLock}).
 */
@Component
class ImportFileCleanup {

	private static final Logger log = LoggerFactory.getLogger(ImportFileCleanup.class);

	private final ImportStore store;

	private final MediaStorage storage;

	private final ClusterLock clusterLock;

	private final ImportProperties properties;

	ImportFileCleanup(ImportStore store, MediaStorage storage, ClusterLock clusterLock, ImportProperties properties) {
		this.store = store;
		this.storage = storage;
		this.clusterLock = clusterLock;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void deleteOldFiles() {
		this.clusterLock.runExclusively("imports.delete-files", this::deleteOldFilesNow);
	}

	/**
	 * @return how many files were deleted
	 */
	int deleteOldFilesNow() {
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
