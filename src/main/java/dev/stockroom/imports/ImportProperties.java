package dev.stockroom.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CSV imports ({@code stockroom.imports.*}). The largest file is
 * {@code stockroom.limits.import-file}.
 *
 * @param chunkSize rows per chunk: each chunk is one transaction, which also advances the
 * import's progress, so a restart resumes after the last committed chunk
 * @param previewRows rows shown in the preview
 * @param resumeAfter a running import whose progress has not moved for this long is taken
 * to have lost its job (JobRunr runs again by itself the job of a worker that died) and
 * is enqueued again; longer than a chunk can take on a busy machine
 * @param fileRetention uploaded files are deleted this long after their upload
 */
@ConfigurationProperties("stockroom.imports")
public record ImportProperties(@DefaultValue("1000") int chunkSize, @DefaultValue("20") int previewRows,
		@DefaultValue("5m") Duration resumeAfter, @DefaultValue("7d") Duration fileRetention) {
}
