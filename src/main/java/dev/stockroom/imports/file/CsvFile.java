package dev.stockroom.imports.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read as a stream, a row at a time (commons-csv, as the exports are
 * written): whatever the file's size, memory holds one chunk of rows. The bytes must be
 * UTF-8: the decoder reports a malformed byte instead of replacing it, so a file saved in
 * Latin-1 ({@code Müller} as one byte {@code 0xFC}) is refused with the reason rather
 * than imported as {@code M�ller}. A byte order mark (Excel's "CSV UTF-8") is skipped.
 *
 * <p>
 * Rows are numbered as lines: the header is line 1, the first data row line 2 (a cell
 * with a line break inside quotes still counts as one row).
 */
public final class CsvFile implements AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get();

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private List<String> header;

	private CsvFile(InputStream content) throws IOException {
		this.parser = FORMAT.parse(new StrictUtf8Reader(content));
		this.records = this.parser.iterator();
	}

	/**
	 * @param content the file's bytes; closed with this
	 * @return the file, its header read
	 * @throws UnreadableFileException when it has no header row or cannot be read
	 */
	public static CsvFile open(InputStream content) {
		try {
			CsvFile file = new CsvFile(content);
			try {
				file.readHeader();
			}
			catch (RuntimeException ex) {
				file.close();
				throw ex;
			}
			return file;
		}
		catch (IOException ex) {
			throw unreadable(ex, 1);
		}
	}

	private void readHeader() {
		Row first = next();
		if (first == null) {
			throw new UnreadableFileException("The file is empty: it needs a header row naming its columns");
		}
		List<String> cells = new ArrayList<>(first.cells());
		if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
			cells.set(0, cells.get(0).substring(1));
		}
		this.header = cells.stream().map(String::strip).toList();
	}

	/**
	 * @return the header row's cells, stripped
	 */
	public List<String> header() {
		return this.header;
	}

	/**
	 * @return the next data row, or {@code null} at the end
	 * @throws UnreadableFileException when the rest cannot be read (not UTF-8, a quote
	 * never closed)
	 */
	public Row next() {
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CSVRecord record = this.records.next();
			return new Row(record.getRecordNumber(), record.toList());
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw unreadable(ex, this.parser.getRecordNumber() + 1);
		}
	}

	/**
	 * @param max the most rows to read
	 * @return up to that many rows; empty at the end
	 */
	public List<Row> next(int max) {
		List<Row> rows = new ArrayList<>(Math.min(max, 1024));
		Row row;
		while (rows.size() < max && (row = next()) != null) {
			rows.add(row);
		}
		return rows;
	}

	/**
	 * Skips rows already imported (a resumed import).
	 * @param count how many data rows
	 */
	public void skip(long count) {
		for (long i = 0; i < count && next() != null; i++) {
			// skipped
		}
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static UnreadableFileException unreadable(Exception ex, long line) {
		Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CharacterCodingException) {
				return notUtf8(line);
			}
		}
		return new UnreadableFileException("The file is not valid CSV near line " + line + ": " + cause.getMessage());
	}

	private static UnreadableFileException notUtf8(long line) {
		return new UnreadableFileException("The file is not UTF-8 text (line " + line
				+ " has a byte that is not UTF-8): save it as \"CSV UTF-8\" and upload it again");
	}

	/**
	 * One row of the file.
	 *
	 * @param line its line, the header being line 1
	 * @param cells its cells, as written
	 */
	public record Row(long line, List<String> cells) {

		/**
		 * @param index a column
		 * @return the cell, or an empty one for a short row
		 */
		public String cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index) : "";
		}

	}

}
