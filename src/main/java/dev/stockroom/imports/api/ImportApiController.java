package dev.stockroom.imports.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import dev.stockroom.imports.ImportKind;
import dev.stockroom.imports.ImportService;
import dev.stockroom.imports.ImportView;
import dev.stockroom.platform.api.ApiController;
import dev.stockroom.platform.api.ErrorResponse;
import dev.stockroom.platform.api.Locations;
import dev.stockroom.platform.audit.CurrentUser;
import dev.stockroom.platform.csv.CsvExport;
import dev.stockroom.platform.error.InvalidFieldException;

/** {@code /api/v1/imports}. */
@ApiController("/imports")
@Tag(name = "Imports",
		description = "CSV imports with preview and progress: products (created or updated by SKU) and stock counts "
				+ "(a COUNT movement per row). Upload, check the preview and the column mapping, confirm, then follow "
				+ "the progress. Columns are named as the CSV exports name them. You see only your own imports.")
class ImportApiController {

	private final ImportService imports;

	private final CurrentUser currentUser;

	ImportApiController(ImportService imports, CurrentUser currentUser) {
		this.imports = imports;
		this.currentUser = currentUser;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "createImport", summary = "Upload a CSV file to import",
			description = "Multipart: file (UTF-8 CSV with a header row, at most 50 MB) and kind (products or "
					+ "stock-counts). The whole file is checked before anything is stored: a file that is not UTF-8, "
					+ "has no header row or lacks a required column (sku) is refused with the reason. Answers the "
					+ "import in PREVIEW: its columns mapped to fields and its first 20 rows with their problems. "
					+ "Products need product.add and product.change, stock counts stock.count.")
	@ApiResponse(responseCode = "201", description = "Created: the import, in preview",
			headers = @Header(name = "Location", description = "The import's URL",
					schema = @Schema(type = "string", format = "uri")))
	@ErrorResponse(status = HttpStatus.BAD_REQUEST, type = "validation",
			when = "the file cannot be imported (not UTF-8, no header row, a required column missing) or the kind is unknown")
	@ErrorResponse(status = HttpStatus.CONTENT_TOO_LARGE, type = "body-too-large", when = "the file is over 50 MB")
	ResponseEntity<ImportView> create(
			@Parameter(description = "products or stock-counts") @RequestParam("kind") String kind,
			@RequestPart("file") MultipartFile file) {
		ImportKind importKind = ImportKind.of(kind)
			.orElseThrow(() -> new InvalidFieldException("kind", "must be products or stock-counts"));
		ImportService.checkAllowed(importKind, this.currentUser.permissions());
		ImportView created = this.imports.start(this.currentUser.username(), importKind, file.getOriginalFilename(),
				ImportService.Upload.of(file));
		return ResponseEntity.created(Locations.ofCreated(created.id())).body(created);
	}

	@GetMapping
	@Operation(operationId = "listImports", summary = "List your imports",
			description = "Newest first, without previews.")
	PagedModel<ImportView> list(
			@ParameterObject @Parameter(description = "page from 0, size up to 100") Pageable pageable) {
		return new PagedModel<>(this.imports.list(this.currentUser.username(),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getImport", summary = "Get an import and its progress",
			description = "status (PREVIEW, RUNNING, DONE, FAILED), total, processed, imported, failed; the preview while in PREVIEW.")
	ImportView get(@PathVariable long id) {
		return this.imports.get(this.currentUser.username(), id);
	}

	@PutMapping("/{id}/mapping")
	@Operation(operationId = "updateImportMapping", summary = "Change which field each column is read as",
			description = "Only while the import is in PREVIEW. Answers the import with its new preview.")
	@ErrorResponse(status = HttpStatus.BAD_REQUEST, type = "validation",
			when = "a field is unknown or given twice, the count of fields is not the file's, or a required field is missing")
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "import-not-in-preview",
			when = "the import was confirmed already")
	ImportView map(@PathVariable long id, @Valid @RequestBody MappingRequest request) {
		return this.imports.remap(this.currentUser.username(), id, request.fields());
	}

	@PostMapping("/{id}/confirm")
	@Operation(operationId = "startImport", summary = "Start the import",
			description = "Loads the file in the background in chunks of 1,000 rows; follow GET /imports/{id}.")
	@ApiResponse(responseCode = "202", description = "Accepted: the import, RUNNING",
			content = @Content(schema = @Schema(implementation = ImportView.class)))
	@ErrorResponse(status = HttpStatus.CONFLICT, type = "import-not-in-preview",
			when = "the import was confirmed already")
	ResponseEntity<ImportView> confirm(@PathVariable long id) {
		return ResponseEntity.accepted()
			.body(this.imports.confirm(this.currentUser.username(), this.currentUser.permissions(), id));
	}

	@GetMapping(path = "/{id}/errors", produces = CsvExport.TEXT_CSV)
	@Operation(operationId = "getImportErrors", summary = "The rows the import left out, as CSV",
			description = "Columns line, field, message; by line.")
	@ApiResponse(responseCode = "200", description = "The errors",
			content = @Content(mediaType = CsvExport.TEXT_CSV, schema = @Schema(type = "string")))
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		String owner = this.currentUser.username();
		// Checked first, so that another user's import is a 404, not an empty file.
		this.imports.get(owner, id);
		ImportService.ERRORS_CSV.write(response, "import-" + id + "-errors.csv",
				(rows) -> this.imports.errors(owner, id, rows));
	}

	/**
	 * A new mapping.
	 *
	 * @param fields the field each column is read as, in the file's order; {@code null}
	 * leaves a column out
	 */
	@Schema(example = "{\"fields\": [\"sku\", \"name\", null, \"price\"]}")
	record MappingRequest(@NotNull @Size(max = 200) List<String> fields) {
	}

}
