package dev.stockroom.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Writes every row a list's filters select as CSV ({@code Accept: text/csv} on the API's
 * list endpoints), straight to the response while reading them a page at a time: memory
 * holds one page, whatever the table's size, and the client sees the first rows before
 * the last are read. The same service method that answers one JSON page answers each CSV
 * page, so the filters cannot differ between the two.
 *
 * <p>
 * Offset paging over a table that changes meanwhile may skip or repeat a row at a page
 * boundary; the sort ends with the id so that at least the order is total. An export that
 * must be a snapshot would read one database cursor in one transaction instead.
 *
 * @param <T> the row type (a response record)
 */
public final class CsvExport<T> {

	/** The media type of the CSV answers. */
	public static final String TEXT_CSV = "text/csv";

	// The API's largest page: few queries, flat memory, and a test with a little more
	// than
	// one JSON page of rows also proves the export goes on to the next.
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
	 * Writes the header and every row to the response.
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
		response.setContentType(TEXT_CSV + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		Sort total = sort.and(Sort.by("id"));
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			printer.printRecord(this.columns.stream().map(Column::header));
			Page<T> page;
			int number = 0;
			do {
				page = pages.apply(PageRequest.of(number++, PAGE_SIZE, total));
				for (T row : page) {
					printer.printRecord(this.columns.stream().map((column) -> cell(column.value().apply(row))));
				}
				printer.flush();
			}
			while (page.hasNext());
		}
	}

	private static Object cell(Object value) {
		return (value instanceof Boolean) ? value : CsvCells.of(value);
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
