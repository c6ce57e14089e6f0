package dev.stockroom.platform.csv;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an export does when its query fails: before anything is written the error goes to
 * the handler untouched (the answer can still be a 400 problem); once the 200 has gone
 * out it is an {@link CsvExport.ExportFailedException}, which the API's handler throws on
 * so that the container breaks the connection.
 */
class CsvExportTests {

	private static final CsvExport<Integer> EXPORT = CsvExport.of(CsvExport.column("n", (n) -> n));

	@Test
	void aQueryThatFailsAtOnceLeavesTheResponseUntouched() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		IllegalStateException refused = new IllegalStateException("refused");

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> EXPORT.write(response, "n.csv", Sort.unsorted(), (page) -> {
				throw refused;
			}))
			.isSameAs(refused);
		assertThat(response.isCommitted()).isFalse();
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

	@Test
	void aQueryThatFailsPartWayFailsTheCommittedExportInsteadOfEndingIt() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThatExceptionOfType(CsvExport.ExportFailedException.class)
			.isThrownBy(() -> EXPORT.write(response, "n.csv", Sort.unsorted(), CsvExportTests::firstPageOnly));
		assertThat(response.isCommitted()).isTrue();
		assertThat(response.getContentAsString()).startsWith("n\r\n");
	}

	// A full first page, then a failure, as a database lost between two reads would give.
	private static Page<Integer> firstPageOnly(Pageable page) {
		if (page.getPageNumber() > 0) {
			throw new IllegalStateException("connection lost");
		}
		List<Integer> rows = java.util.stream.IntStream.range(0, CsvExport.PAGE_SIZE).boxed().toList();
		return new PageImpl<>(rows, page, CsvExport.PAGE_SIZE * 3L);
	}

}
