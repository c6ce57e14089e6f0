package dev.stockroom.imports.file;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.stockroom.catalog.ProductImportRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvFileTests {

	@Test
	void readsTheHeaderWithoutExcelsByteOrderMarkAndNumbersRowsAsLines() {
		try (CsvFile file = CsvFile.open(bytes("\uFEFFsku,name\nA-1,\"Bolt, long\"\nA-2,Nut\n"))) {
			assertThat(file.header()).containsExactly("sku", "name");
			CsvFile.Row first = file.next();
			assertThat(first.line()).isEqualTo(2);
			assertThat(first.cells()).containsExactly("A-1", "Bolt, long");
			assertThat(file.next(10)).extracting(CsvFile.Row::line).containsExactly(3L);
			assertThat(file.next()).isNull();
		}
	}

	@Test
	void refusesLatin1WithTheLineOfTheFirstByteThatIsNotUtf8() {
		byte[] latin1 = "sku,name\nA-1,Bolt\nA-2,Müller\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> {
			try (CsvFile file = CsvFile.open(new ByteArrayInputStream(latin1))) {
				while (file.next() != null) {
					// reading on
				}
			}
		}).withMessageContaining("not UTF-8").withMessageContaining("line 3");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> CsvFile.open(bytes("")))
			.withMessageContaining("header row");
	}

	@Test
	void takesFormulasAsTextAndUndoesTheExportsNeutralisingQuote() {
		assertThat(Cells.text("=HYPERLINK(\"x\")")).isEqualTo("=HYPERLINK(\"x\")");
		assertThat(Cells.text("'=1+2")).isEqualTo("=1+2");
		assertThat(Cells.text("'quoted'")).isEqualTo("'quoted'");
	}

	@Test
	void readsEachCellAsItsFieldsTypeAndReportsWhatCannotBeRead() {
		Mapping mapping = new Mapping(java.util.Arrays.asList("sku", "price", "reorderPoint", "active", null));
		List<RowProblem> problems = new ArrayList<>();

		ProductImportRow row = new ProductRows(mapping)
			.read(new CsvFile.Row(2, List.of("A-1", "2.50", "7", "no", "ignored")), problems);
		ProductImportRow bad = new ProductRows(mapping).read(new CsvFile.Row(3, List.of("A-2", "=1+1", "x", "maybe")),
				problems);

		assertThat(row.price()).isEqualByComparingTo("2.50");
		assertThat(row.reorderPoint()).isEqualTo(7);
		assertThat(row.active()).isFalse();
		assertThat(row.name()).isNull();
		assertThat(bad).isNull();
		assertThat(problems).extracting(RowProblem::field).containsExactly("price", "reorderPoint", "active");
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
