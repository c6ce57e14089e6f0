package dev.stockroom.platform.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The application's one CSV writer (commons-csv, RFC 4180, cells neutralised by
 * {@link CsvCells}): every row a list's filters select, for the API's list endpoints
 * ({@code Accept: text/csv}), the pages' "Export CSV" and the admin's export action. Rows
 * go straight to the response as they are read, a page at a time or from a cursor: memory
 * holds one page, whatever the table's size, and the client sees the first rows before
 * the last are read. The same service method that answers one JSON page answers each CSV
 * page, so the filters cannot differ between the two.
 *
 * <p>
 * Offset paging over a table that changes meanwhile may skip or repeat a row at a page
 * boundary; the sort ends with the id so that at least the order is total. An export that
 * must be a snapshot reads one database cursor in one transaction instead
 * ({@link #write(HttpServletResponse, String, Consumer)}).
 *
 * @param <T> the row type (a response record)
 */
public final class CsvExport<T> {

	/** The media type of the CSV answers. */
	public static final String TEXT_CSV = "text/csv";

	// The API's largest page: few queries, flat memory, and a test with a little more
	// than one JSON page of rows also proves the export goes on to the next.
	static final int PAGE_SIZE = 100;

	private final List<Column<T>> columns;

	private CsvExport(List<Column<T>> columns) {
		this.columns = List.copyOf(columns);
	}

	/**
	 * @param columns the columns, in order
	 * @param <T> the row type
	 * @return an export of those columns
	 */
	@SafeVarargs
	public static <T> CsvExport<T> of(Column<T>... columns) {
		return new CsvExport<>(List.of(columns));
	}

	/**
	 * @param more columns to add after these
	 * @return an export of these columns and then those, for two exports that share their
	 * first columns
	 */
	@SafeVarargs
	public final CsvExport<T> and(Column<T>... more) {
		List<Column<T>> columns = new ArrayList<>(this.columns);
		columns.addAll(List.of(more));
		return new CsvExport<>(columns);
	}

	/**
	 * @param header the header cell
	 * @param value the cell's value: a {@link Number} or {@link Boolean} is written as it
	 * is, anything else as neutralised text ({@link CsvCells}), {@code null} as an empty
	 * cell
	 * @param <T> the row type
	 * @return the column
	 */
	public static <T> Column<T> column(String header, Function<T, ?> value) {
		return new Column<>(header, value);
	}

	/**
	 * Writes the header and every row to the response, a page at a time. The first page
	 * is read before anything is written, so that a query that fails at once (a filter
	 * the database refuses) is still answered with its error status. A failure after
	 * that, with the 200 already sent, is thrown on as an {@link ExportFailedException},
	 * which makes the container break the connection rather than end the file as if it
	 * were complete.
	 * @param response where to write
	 * @param filename the download's suggested name, e.g. {@code products.csv}
	 * @param sort the order, as the JSON list would sort (already checked against its
	 * allow-list)
	 * @param pages one page of the filtered rows, e.g.
	 * {@code (p) -> service.list(filter, p)}
	 * @throws IOException when the client goes away
	 */
	public void write(HttpServletResponse response, String filename, Sort sort, Function<Pageable, Page<T>> pages)
			throws IOException {
		Sort total = sort.and(Sort.by("id"));
		Page<T> first = pages.apply(PageRequest.of(0, PAGE_SIZE, total));
		write(response, filename, (row) -> {
			Page<T> page = first;
			while (true) {
				page.forEach(row);
				if (!page.hasNext()) {
					return;
				}
				page = pages.apply(page.nextPageable());
			}
		});
	}

	/**
	 * Writes the header and the rows a source hands over as it reads them (a database
	 * cursor, say), as they come. Nothing is written before the first row, so that a
	 * query that fails at once is still answered with its error status; a failure after
	 * it is an {@link ExportFailedException}, as for
	 * {@link #write(HttpServletResponse, String, Sort, Function) pages}.
	 * @param response where to write
	 * @param filename the download's suggested name, e.g. {@code movements.csv}
	 * @param rows passes each row, in order, to the consumer it is given
	 * @throws IOException when the client goes away
	 */
	public void write(HttpServletResponse response, String filename, Consumer<Consumer<T>> rows) throws IOException {
		Output output = new Output(response, filename);
		try {
			rows.accept(output::row);
			output.begin();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		catch (RuntimeException ex) {
			if (output.printer == null) {
				throw ex;
			}
			throw new ExportFailedException(filename, ex);
		}
		// Not closed on failure: closing would flush and end the response cleanly.
		output.printer.close();
	}

	private static Object cell(Object value) {
		return (value instanceof Boolean) ? value : CsvCells.of(value);
	}

	/*
	 * The response being written: begun at the first row, and committed with it, so that
	 * from then on whatever fails breaks the connection.
	 */
	private final class Output {

		private final HttpServletResponse response;

		private final String filename;

		private CSVPrinter printer;

		Output(HttpServletResponse response, String filename) {
			this.response = response;
			this.filename = filename;
		}

		void begin() throws IOException {
			if (this.printer != null) {
				return;
			}
			this.response.setContentType(TEXT_CSV + ";charset=UTF-8");
			this.response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.filename).build().toString());
			Writer writer = new OutputStreamWriter(this.response.getOutputStream(), StandardCharsets.UTF_8);
			this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			this.printer.printRecord(CsvExport.this.columns.stream().map(Column::header));
		}

		void row(T row) {
			try {
				boolean first = this.printer == null;
				begin();
				this.printer
					.printRecord(CsvExport.this.columns.stream().map((column) -> cell(column.value().apply(row))));
				if (first) {
					this.printer.flush();
					this.response.flushBuffer();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * An export that failed after its answer had begun: see
	 * {@code ApiExceptionHandler#exportFailed}.
	 */
	public static final class ExportFailedException extends RuntimeException {

		ExportFailedException(String filename, Throwable cause) {
			super("The export of " + filename + " failed part of the way through", cause);
		}

	}

	/**
	 * One column of an export.
	 *
	 * @param header the header cell
	 * @param value the cell of one row
	 * @param <T> the row type
	 */
	public record Column<T>(String header, Function<T, ?> value) {
	}

}
