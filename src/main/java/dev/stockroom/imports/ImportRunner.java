package dev.stockroom.imports;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.stockroom.catalog.ProductImport;
import dev.stockroom.catalog.ProductImportRow;
import dev.stockroom.imports.ImportStore.Stored;
import dev.stockroom.imports.file.CountRows;
import dev.stockroom.imports.file.CsvFile;
import dev.stockroom.imports.file.Mapping;
import dev.stockroom.imports.file.ProductRows;
import dev.stockroom.imports.file.RowProblem;
import dev.stockroom.imports.file.UnreadableFileException;
import dev.stockroom.platform.media.MediaStorage;
import dev.stockroom.stock.StockCountImport;
import dev.stockroom.stock.StockCountImport.CountRow;

/**
 * Loads a confirmed import, chunk by chunk. The file is read once, as a stream; each
 * chunk is one transaction that loads its rows, records their errors and advances the
 * import's {@code processed} counter, together or not at all. So a run that dies (the
 * instance killed mid-chunk) leaves the import at the end of its last committed chunk,
 * and the next run skips that many rows and goes on: no row is loaded twice, none is
 * lost. Each chunk first locks the import at the progress this run expects
 * ({@link ImportStore#lockAt}); if another run got further, this one stops.
 */
@Component
public class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportStore store;

	private final MediaStorage storage;

	private final ProductImport products;

	private final StockCountImport counts;

	private final TransactionTemplate transactions;

	private final ImportProperties properties;

	private final ImportEndNotices notices;

	private final ApplicationEventPublisher events;

	private volatile boolean stopping;

	ImportRunner(ImportStore store, MediaStorage storage, ProductImport products, StockCountImport counts,
			PlatformTransactionManager transactionManager, ImportProperties properties, ImportEndNotices notices,
			ApplicationEventPublisher events) {
		this.store = store;
		this.storage = storage;
		this.products = products;
		this.counts = counts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.notices = notices;
		this.events = events;
	}

	/**
	 * Loads the import's remaining rows; does nothing unless it is running. Safe to call
	 * again for an import that is half done, or twice at once: the job of
	 * {@link ImportLauncher}.
	 * @param importId the import
	 * @throws IllegalStateException when the instance shut down before the import ended
	 * (so that the job is run again)
	 */
	public void run(long importId) {
		run(importId, Integer.MAX_VALUE);
		if (this.stopping && this.store.find(importId).map(Stored::status).orElse(null) == ImportStatus.RUNNING) {
			throw new IllegalStateException("Import " + importId + " was stopped by a shutdown; it goes on later");
		}
	}

	/**
	 * Makes every run stop after its current chunk, leaving its import running: the
	 * instance is shutting down, and the run fails so that JobRunr runs its job again on
	 * another worker (or this one, restarted), which goes on from there.
	 */
	@PreDestroy
	void stop() {
		this.stopping = true;
	}

	/**
	 * @param importId the import
	 * @param maxChunks how many chunks to load before returning, as if the run had been
	 * stopped there (for tests of a resumed import)
	 */
	void run(long importId, int maxChunks) {
		Optional<Stored> found = this.store.find(importId);
		if (found.isEmpty() || found.get().status() != ImportStatus.RUNNING) {
			return;
		}
		Stored stored = found.get();
		Optional<InputStream> content = (stored.fileKey() != null) ? this.storage.open(stored.fileKey())
				: Optional.empty();
		if (content.isEmpty()) {
			fail(importId, "The uploaded file is gone");
			return;
		}
		try (CsvFile file = CsvFile.open(content.get())) {
			file.skip(stored.processed());
			load(stored, file, maxChunks);
		}
		catch (UnreadableFileException ex) {
			fail(importId, ex.getMessage());
		}
		catch (TransientDataAccessException | DataAccessResourceFailureException
				| CannotCreateTransactionException ex) {
			// The database is away for a moment: the import stays running, and is resumed
			// once its progress has stood still for stockroom.imports.resume-after.
			log.warn("Import {} paused: {}", importId, ex.getMessage());
		}
		catch (RuntimeException ex) {
			if (this.stopping) {
				log.info("Import {} stopped by the shutdown; it is resumed later", importId);
				return;
			}
			log.error("Import {} failed", importId, ex);
			fail(importId, "The import stopped: " + ex.getMessage());
		}
	}

	private void fail(long importId, String error) {
		if (this.store.fail(importId, error)) {
			this.notices.ended(importId);
		}
	}

	private void load(Stored stored, CsvFile file, int maxChunks) {
		Mapping mapping = new Mapping(stored.mapping());
		int processed = stored.processed();
		for (int chunk = 0; chunk < maxChunks && !this.stopping; chunk++) {
			List<CsvFile.Row> rows = file.next(this.properties.chunkSize());
			if (rows.isEmpty()) {
				if (this.store.finish(stored.id())) {
					this.notices.ended(stored.id());
				}
				log.info("Import {} done: {} rows", stored.id(), processed);
				return;
			}
			int expected = processed;
			Boolean loaded = this.transactions.execute((status) -> {
				if (!this.store.lockAt(stored.id(), expected)) {
					return false;
				}
				Outcome outcome = (stored.kind() == ImportKind.PRODUCTS) ? products(stored, mapping, rows)
						: counts(stored, mapping, rows);
				this.store.addErrors(stored.id(), outcome.problems());
				this.store.advance(stored.id(), rows.size(), rows.size() - outcome.failed(), outcome.unchanged(),
						outcome.failed());
				return true;
			});
			if (!Boolean.TRUE.equals(loaded)) {
				log.info("Import {} was taken further by another run; this one stops", stored.id());
				return;
			}
			processed += rows.size();
			this.events.publishEvent(
					new ImportProgressed(stored.id(), stored.owner(), ImportStatus.RUNNING, processed, stored.total()));
		}
	}

	private Outcome products(Stored stored, Mapping mapping, List<CsvFile.Row> rows) {
		ProductRows reader = new ProductRows(mapping);
		List<RowProblem> problems = new ArrayList<>();
		List<ProductImportRow> valid = new ArrayList<>(rows.size());
		for (CsvFile.Row row : rows) {
			ProductImportRow read = reader.read(row, problems);
			if (read != null) {
				valid.add(read);
			}
		}
		ProductImport.Result result = this.products.upsert(reader.columns(), valid, stored.owner());
		result.problems().forEach((p) -> problems.add(new RowProblem(p.line(), p.field(), p.message())));
		return Outcome.of(problems, result.unchanged());
	}

	private Outcome counts(Stored stored, Mapping mapping, List<CsvFile.Row> rows) {
		CountRows reader = new CountRows(mapping);
		List<RowProblem> problems = new ArrayList<>();
		List<CountRow> valid = new ArrayList<>(rows.size());
		for (CsvFile.Row row : rows) {
			CountRow read = reader.read(row, problems);
			if (read != null) {
				valid.add(read);
			}
		}
		this.counts.count(valid, stored.owner(), "import " + stored.id())
			.forEach((p) -> problems.add(new RowProblem(p.line(), p.field(), p.message())));
		return Outcome.of(problems, 0);
	}

	private record Outcome(List<RowProblem> problems, int failed, int unchanged) {

		static Outcome of(List<RowProblem> problems, int unchanged) {
			problems.sort(java.util.Comparator.comparingLong(RowProblem::line));
			Set<Long> lines = new HashSet<>();
			problems.forEach((problem) -> lines.add(problem.line()));
			return new Outcome(problems, lines.size(), unchanged);
		}

	}

}
