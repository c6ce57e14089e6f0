package dev.stockroom.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import dev.stockroom.imports.ImportStore.Stored;
import dev.stockroom.imports.file.CountRows;
import dev.stockroom.imports.file.CsvFile;
import dev.stockroom.imports.file.Mapping;
import dev.stockroom.imports.file.ProductRows;
import dev.stockroom.imports.file.RowProblem;
import dev.stockroom.imports.file.UnreadableFileException;
import dev.stockroom.platform.access.PermissionCode;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.platform.error.ConflictException;
import dev.stockroom.platform.error.InvalidFieldException;
import dev.stockroom.platform.http.RequestLimitProperties;
import dev.stockroom.platform.media.MediaKeys;
import dev.stockroom.platform.media.MediaStorage;

/**
 * CSV imports, from upload to progress: the use cases the API and the pages share. An
 * upload is read to its end before anything is written (strict UTF-8, a header row, the
 * columns the kind needs), so a file that cannot be imported leaves nothing behind; then
 * it is stored ({@link MediaStorage}, where any instance's worker can read it) and waits
 * in {@link ImportStatus#PREVIEW} until its owner confirms the mapping. A user sees only
 * their own imports: anyone else's id is a 404.
 */
@Service
public class ImportService {

	/** The errors of an import as CSV, for the API and the pages alike. */
	public static final CsvExport<RowProblem> ERRORS_CSV = CsvExport.of(CsvExport.column("line", RowProblem::line),
			CsvExport.column("field", RowProblem::field), CsvExport.column("message", RowProblem::message));

	private final ImportStore store;

	private final MediaStorage storage;

	private final ImportLauncher launcher;

	private final ImportProperties properties;

	private final RequestLimitProperties limits;

	ImportService(ImportStore store, MediaStorage storage, ImportLauncher launcher, ImportProperties properties,
			RequestLimitProperties limits) {
		this.store = store;
		this.storage = storage;
		this.launcher = launcher;
		this.properties = properties;
		this.limits = limits;
	}

	/**
	 * @param kind the kind of import
	 * @param permissions the user's permission codes
	 * @throws AccessDeniedException when they may not import that kind: products need
	 * {@code product.add} and {@code product.change} (rows update existing products),
	 * stock counts {@code stock.count}
	 */
	public static void checkAllowed(ImportKind kind, Set<String> permissions) {
		boolean allowed = permissions.contains(kind.permission().code())
				&& (kind != ImportKind.PRODUCTS || permissions.contains(PermissionCode.PRODUCT_CHANGE.code()));
		if (!allowed) {
			throw new AccessDeniedException("Needs the permissions to import " + kind.getName());
		}
	}

	/**
	 * Reads an uploaded file, stores it and answers its preview.
	 * @param owner who uploads
	 * @param kind what the file imports
	 * @param filename the name the client gave the file (shown, never used as a path)
	 * @param upload the file
	 * @return the import, in preview
	 * @throws InvalidFieldException ({@code file}) when the file cannot be imported, with
	 * the reason
	 * @throws MaxUploadSizeExceededException when it is over
	 * {@code stockroom.limits.import-file} (413)
	 */
	public ImportView start(String owner, ImportKind kind, String filename, Upload upload) {
		long max = this.limits.importFile().toBytes();
		if (upload.size() > max) {
			throw new MaxUploadSizeExceededException(max);
		}
		Scan scan;
		try (InputStream content = upload.open()) {
			scan = scan(kind, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (UnreadableFileException ex) {
			throw new InvalidFieldException("file", ex.getMessage());
		}
		String key = MediaKeys.generate("csv");
		try (InputStream content = upload.open()) {
			this.storage.put(key, content, upload.size(), "text/csv");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long id;
		try {
			id = this.store.insert(owner, kind, displayName(filename), key, upload.size(), scan.headers(),
					scan.mapping(), scan.total());
		}
		catch (RuntimeException ex) {
			this.storage.delete(key);
			throw ex;
		}
		Stored stored = this.store.find(id).orElseThrow();
		return view(stored, preview(kind, new Mapping(scan.mapping()), scan.preview()));
	}

	/**
	 * @param owner who asks
	 * @param id the import
	 * @return the import, with its preview while it is in preview
	 * @throws ImportNotFoundException when the owner has no import with that id
	 */
	@Transactional(readOnly = true)
	public ImportView get(String owner, long id) {
		Stored stored = owned(owner, id);
		return view(stored, (stored.status() == ImportStatus.PREVIEW) ? preview(stored) : List.of());
	}

	/**
	 * @param owner whose imports
	 * @param pageable which page (newest first)
	 * @return one page of the owner's imports, without previews
	 */
	@Transactional(readOnly = true)
	public Page<ImportView> list(String owner, Pageable pageable) {
		return this.store.list(owner, pageable).map((stored) -> view(stored, List.of()));
	}

	/**
	 * Changes which field each column is read as, while the import is in preview.
	 * @param owner who asks
	 * @param id the import
	 * @param fields a field (or {@code null} to leave the column out) for every column,
	 * in order
	 * @return the import with its new preview
	 * @throws InvalidFieldException ({@code fields}) for a wrong number of columns, an
	 * unknown field, a field twice or a required field missing
	 * @throws ConflictException when the import is no longer in preview
	 */
	@Transactional
	public ImportView remap(String owner, long id, List<String> fields) {
		Stored stored = owned(owner, id);
		requirePreview(stored);
		if (fields.size() != stored.headers().size()) {
			throw new InvalidFieldException("fields",
					"must name a field (or null) for each of the file's " + stored.headers().size() + " columns");
		}
		List<String> mapping = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String field : fields) {
			String value = (field == null || field.isBlank()) ? null : field.strip();
			if (value != null && !stored.kind().fields().contains(value)) {
				throw new InvalidFieldException("fields", value + " is not a field of a " + stored.kind().getName()
						+ " import (" + String.join(", ", stored.kind().fields()) + ")");
			}
			if (value != null && !seen.add(value)) {
				throw new InvalidFieldException("fields", value + " is given to more than one column");
			}
			mapping.add(value);
		}
		Optional<String> missing = stored.kind().missing(seen);
		if (missing.isPresent()) {
			throw new InvalidFieldException("fields", missing.get());
		}
		this.store.changeMapping(id, mapping);
		return get(owner, id);
	}

	/**
	 * Starts loading the import: its job is launched once this transaction commits.
	 * @param owner who asks
	 * @param permissions their permission codes, checked against the import's kind
	 * @param id the import
	 * @return the import, running
	 * @throws ConflictException when it is not in preview (or its file was deleted)
	 */
	@Transactional
	public ImportView confirm(String owner, Set<String> permissions, long id) {
		Stored stored = owned(owner, id);
		checkAllowed(stored.kind(), permissions);
		requirePreview(stored);
		if (!this.store.start(id)) {
			throw new ConflictException("import-not-in-preview",
					"Import " + id + " can no longer be started: its file is gone");
		}
		this.launcher.launch(id);
		return view(this.store.find(id).orElseThrow(), List.of());
	}

	/**
	 * @param owner who asks
	 * @param id the import
	 * @param rows receives each row left out, by line
	 */
	@Transactional(readOnly = true)
	public void errors(String owner, long id, Consumer<RowProblem> rows) {
		owned(owner, id);
		this.store.errors(id, rows);
	}

	private Stored owned(String owner, long id) {
		return this.store.find(id)
			.filter((stored) -> stored.owner().equals(owner))
			.orElseThrow(() -> new ImportNotFoundException(id));
	}

	private static void requirePreview(Stored stored) {
		if (stored.status() != ImportStatus.PREVIEW) {
			throw new ConflictException("import-not-in-preview",
					"Import " + stored.id() + " is " + stored.status() + ", no longer in preview");
		}
	}

	/*
	 * Reads the whole file once, before anything is stored: every byte must decode (the
	 * last line may be the one that is not UTF-8), and the total is known for the
	 * progress bar. Only the preview's rows are kept.
	 */
	private Scan scan(ImportKind kind, InputStream content) {
		try (CsvFile file = CsvFile.open(content)) {
			List<String> headers = file.header();
			List<String> mapping = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (String header : headers) {
				String field = kind.field(header).filter(seen::add).orElse(null);
				mapping.add(field);
			}
			if (seen.isEmpty()) {
				throw new UnreadableFileException("The first row is not a header row: none of its cells names a column"
						+ " of a " + kind.getName() + " import (" + String.join(", ", kind.fields()) + ")");
			}
			kind.missing(seen).ifPresent((reason) -> {
				throw new UnreadableFileException(reason);
			});
			List<CsvFile.Row> preview = file.next(this.properties.previewRows());
			int total = preview.size();
			while (file.next() != null) {
				total++;
			}
			return new Scan(headers, mapping, total, preview);
		}
	}

	private List<ImportView.PreviewRow> preview(Stored stored) {
		if (stored.fileKey() == null) {
			return List.of();
		}
		Optional<InputStream> content = this.storage.open(stored.fileKey());
		if (content.isEmpty()) {
			return List.of();
		}
		try (CsvFile file = CsvFile.open(content.get())) {
			return preview(stored.kind(), new Mapping(stored.mapping()), file.next(this.properties.previewRows()));
		}
		catch (UnreadableFileException ex) {
			return List.of();
		}
	}

	static List<ImportView.PreviewRow> preview(ImportKind kind, Mapping mapping, List<CsvFile.Row> rows) {
		List<ImportView.PreviewRow> preview = new ArrayList<>();
		for (CsvFile.Row row : rows) {
			List<RowProblem> problems = new ArrayList<>();
			if (kind == ImportKind.PRODUCTS) {
				new ProductRows(mapping).read(row, problems);
			}
			else {
				new CountRows(mapping).read(row, problems);
			}
			preview.add(new ImportView.PreviewRow(row.line(), row.cells(),
					problems.stream().map((p) -> new ImportView.Problem(p.field(), p.message())).toList()));
		}
		return preview;
	}

	private static ImportView view(Stored stored, List<ImportView.PreviewRow> preview) {
		List<ImportView.Column> columns = new ArrayList<>();
		for (int i = 0; i < stored.headers().size(); i++) {
			columns.add(new ImportView.Column(i, stored.headers().get(i),
					(i < stored.mapping().size()) ? stored.mapping().get(i) : null));
		}
		return new ImportView(stored.id(), stored.kind().getName(), stored.status(), stored.filename(), stored.total(),
				stored.processed(), stored.imported(), stored.unchanged(), stored.failed(), stored.error(),
				stored.createdAt(), stored.finishedAt(), columns, preview);
	}

	// Only the name's last segment, printable, at most 255 characters: it is shown, never
	// used as a path (the file is stored under a generated key).
	private static String displayName(String filename) {
		String name = Objects.requireNonNullElse(filename, "").replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "upload.csv";
		}
		return (name.length() > 255) ? name.substring(0, 255) : name;
	}

	/**
	 * An uploaded file, which can be read more than once (a multipart upload is kept on
	 * disk by the container).
	 */
	public interface Upload {

		/**
		 * @return the file's bytes, from the start
		 * @throws IOException when it cannot be read
		 */
		InputStream open() throws IOException;

		/**
		 * @return its size in bytes
		 */
		long size();

		/**
		 * @param file a multipart upload, which the container keeps on disk
		 * @return it, as an upload
		 */
		static Upload of(MultipartFile file) {
			return new Upload() {

				@Override
				public InputStream open() throws IOException {
					return file.getInputStream();
				}

				@Override
				public long size() {
					return file.getSize();
				}

			};
		}

	}

	private record Scan(List<String> headers, List<String> mapping, int total, List<CsvFile.Row> preview) {
	}

}
