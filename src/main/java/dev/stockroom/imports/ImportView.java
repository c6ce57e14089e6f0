package dev.stockroom.imports;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An import as the API and the pages show it.
 *
 * @param id its id
 * @param kind {@code products} or {@code stock-counts}
 * @param status where it is
 * @param filename the uploaded file's name
 * @param total the file's data rows
 * @param processed the rows loaded so far (imported or failed)
 * @param imported the rows imported, unchanged ones included
 * @param unchanged of those, the rows that were already as the file says
 * @param failed the rows left out (their errors: {@code GET .../errors})
 * @param error why the import failed, when it did
 * @param createdAt when the file was uploaded
 * @param finishedAt when the import ended
 * @param columns the file's columns and the field each is read as
 * @param preview the first rows and their problems, while the import is in preview
 */
@Schema(name = "Import")
public record ImportView(long id, String kind, ImportStatus status, String filename, int total, int processed,
		int imported, int unchanged, int failed, String error, Instant createdAt, Instant finishedAt,
		List<Column> columns, List<PreviewRow> preview) {

	/**
	 * @return the share of rows loaded, 0 to 100, for a progress bar
	 */
	public int percent() {
		return (this.total == 0) ? 100 : (int) (100L * this.processed / this.total);
	}

	/**
	 * One column of the file.
	 *
	 * @param index its position, from 0
	 * @param header its header
	 * @param field the field it is read as, or {@code null} when it is left out
	 */
	public record Column(int index, String header, String field) {
	}

	/**
	 * One row of the preview.
	 *
	 * @param line its line in the file (the header is line 1)
	 * @param cells its cells, as written
	 * @param problems what is wrong with it; empty when it will be imported
	 */
	public record PreviewRow(long line, List<String> cells, List<Problem> problems) {
	}

	/**
	 * A row's problem.
	 *
	 * @param field the field at fault
	 * @param message what is wrong
	 */
	public record Problem(String field, String message) {
	}

}
