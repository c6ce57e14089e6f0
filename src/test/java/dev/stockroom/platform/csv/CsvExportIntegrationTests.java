package dev.stockroom.platform.csv;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dev.stockroom.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code Accept: text/csv} on every list of the API: every row the filters select (more
 * than one page of them), a header row, formula-like text neutralised, numbers left as
 * numbers.
 */
@IntegrationTest
class CsvExportIntegrationTests {

	// More than the API's largest page, and more than one
	// page of the export's own reads.
	private static final int ROWS = CsvExport.PAGE_SIZE + 5;

	@Autowired
	MockMvc mvc;

	/**
	 * Makes {@code ROWS} rows the filter selects and one it does not, and says what the
	 * export must hold.
	 */
	interface Scenario {

		Expected make(CsvExportIntegrationTests test) throws Exception;

	}

	/**
	 * @param path the list with its filter
	 * @param filterColumn a column every selected row shows {@code filterValue} in
	 * @param textColumn the column holding the formula-like text ({@code null}: the list
	 * has no free text)
	 * @param formula the text as it was sent (it must come back as {@code "'" + formula})
	 * @param numberColumn a column that must read as a number, never prefixed
	 */
	record Expected(String path, String filterColumn, String filterValue, String textColumn, String formula,
			String numberColumn) {
	}

	static Stream<Arguments> lists() {
		return Stream.of(Arguments.of("products", (Scenario) CsvExportIntegrationTests::products),
				Arguments.of("categories", (Scenario) CsvExportIntegrationTests::categories),
				Arguments.of("suppliers", (Scenario) CsvExportIntegrationTests::suppliers),
				Arguments.of("warehouses", (Scenario) CsvExportIntegrationTests::warehouses),
				Arguments.of("stock levels", (Scenario) CsvExportIntegrationTests::stockLevels),
				Arguments.of("stock movements", (Scenario) CsvExportIntegrationTests::stockMovements));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lists")
	void answersEveryFilteredRowAsNeutralisedCsv(String name, Scenario scenario) throws Exception {
		Expected expected = scenario.make(this);

		MvcResult result = this.mvc.perform(get(expected.path()).accept("text/csv")).andReturn();

		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(result.getResponse().getContentAsString()))
			.getRecords();
		assertThat(records).hasSize(ROWS);
		assertThat(records)
			.allSatisfy((row) -> assertThat(row.get(expected.filterColumn())).contains(expected.filterValue()));
		if (expected.textColumn() != null) {
			assertThat(records).extracting((row) -> row.get(expected.textColumn())).contains("'" + expected.formula());
		}
		assertThat(records).allSatisfy((row) -> assertThat(row.get(expected.numberColumn())).matches("-?[0-9.]+"));
	}

	@Test
	void answersJsonWhenTheClientAcceptsAnything() throws Exception {
		MvcResult result = this.mvc.perform(get("/api/v1/products").accept(MediaType.ALL)).andReturn();

		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
	}

	@Test
	void keepsNegativeNumbersAsNumbers() throws Exception {
		long product = id(post("/api/v1/products", "{\"sku\": \"%s\", \"name\": \"Neg\"}".formatted(unique())));
		long warehouse = id(post("/api/v1/warehouses", "{\"code\": \"%s\", \"name\": \"Neg\"}".formatted(unique())));
		movement("RECEIPT", product, warehouse, "\"reference\": \"-5\"");
		movement("ISSUE", product, warehouse, "\"reference\": \"x\"");

		String csv = this.mvc
			.perform(get("/api/v1/stock/movements?product=%d&sort=createdAt,asc".formatted(product)).accept("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(records).extracting((row) -> row.get("quantityChange")).containsExactly("1", "-1");
		assertThat(records).extracting((row) -> row.get("reference")).containsExactly("'-5", "x");
	}

	Expected products() throws Exception {
		String token = unique();
		for (int i = 0; i < ROWS; i++) {
			String name = (i == 0) ? "=HYPERLINK(\\\"http://evil\\\")" : "Product " + i;
			post("/api/v1/products",
					"{\"sku\": \"%s-%d\", \"name\": \"%s\", \"price\": 1.50}".formatted(token, i, name));
		}
		post("/api/v1/products", "{\"sku\": \"OTHER-%s\", \"name\": \"Other\"}".formatted(unique()));
		return new Expected("/api/v1/products?q=" + token + "-", "sku", token, "name", "=HYPERLINK(\"http://evil\")",
				"price");
	}

	Expected categories() throws Exception {
		long parent = id(post("/api/v1/categories", "{\"name\": \"Parent %s\"}".formatted(unique())));
		String formula = "+cmd " + unique();
		for (int i = 0; i < ROWS; i++) {
			String name = (i == 0) ? formula : "Child " + unique();
			post("/api/v1/categories", "{\"name\": \"%s\", \"parentId\": %d}".formatted(name, parent));
		}
		return new Expected("/api/v1/categories?parent=" + parent, "parentId", Long.toString(parent), "name", formula,
				"id");
	}

	Expected suppliers() throws Exception {
		String token = unique();
		for (int i = 0; i < ROWS; i++) {
			post("/api/v1/suppliers", "{\"name\": \"%s%s %d\"}".formatted((i == 0) ? "@" : "", token, i));
		}
		return new Expected("/api/v1/suppliers?q=" + token, "name", token, "name", "@" + token + " 0", "id");
	}

	Expected warehouses() throws Exception {
		String token = unique();
		for (int i = 0; i < ROWS; i++) {
			String name = (i == 0) ? "-1+1" : "Warehouse " + i;
			post("/api/v1/warehouses", "{\"code\": \"%s%d\", \"name\": \"%s\"}".formatted(token, i, name));
		}
		return new Expected("/api/v1/warehouses?q=" + token, "code", token, "name", "-1+1", "id");
	}

	Expected stockLevels() throws Exception {
		long warehouse = stockedWarehouse();
		return new Expected("/api/v1/stock/levels?warehouse=" + warehouse, "warehouseId", Long.toString(warehouse),
				null, null, "onHand");
	}

	Expected stockMovements() throws Exception {
		long warehouse = stockedWarehouse();
		return new Expected("/api/v1/stock/movements?warehouse=" + warehouse, "warehouseId", Long.toString(warehouse),
				"reference", "=SUM(A1:A9)", "quantityChange");
	}

	// ROWS products received into one new warehouse; the first receipt's reference looks
	// like a formula.
	private long stockedWarehouse() throws Exception {
		long warehouse = id(post("/api/v1/warehouses", "{\"code\": \"%s\", \"name\": \"CSV\"}".formatted(unique())));
		for (int i = 0; i < ROWS; i++) {
			long product = id(post("/api/v1/products", "{\"sku\": \"%s\", \"name\": \"P\"}".formatted(unique())));
			movement("RECEIPT", product, warehouse, "\"reference\": \"%s\"".formatted((i == 0) ? "=SUM(A1:A9)" : "R"));
		}
		return warehouse;
	}

	private void movement(String type, long product, long warehouse, String extra) throws Exception {
		post("/api/v1/stock/movements",
				"{\"type\": \"%s\", \"productId\": %d, \"warehouseId\": %d, \"quantity\": 1, %s}".formatted(type,
						product, warehouse, extra));
	}

	private String post(String path, String json) throws Exception {
		MvcResult result = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return result.getResponse().getContentAsString();
	}

	private static long id(String body) {
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private static String unique() {
		return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
	}

}
