package dev.stockroom.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import dev.stockroom.catalog.ProductService;
import dev.stockroom.platform.media.MediaStorage;
import dev.stockroom.stock.StockFixtures;
import dev.stockroom.support.IntegrationTest;
import dev.stockroom.support.PageSignIn;
import dev.stockroom.support.SignIn;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CSV imports end to end against the real PostgreSQL: upload and preview, the refusals
 * that write nothing, loading in chunks, importing twice, resuming an interrupted import,
 * stock counts through the ledger, and ownership.
 */
@IntegrationTest
class ImportIntegrationTests {

	private static final String HEADER = "sku,name,description,unit,cost,price,reorderPoint,reorderQuantity,active\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ImportRunner runner;

	@Autowired
	ImportStore store;

	@Autowired
	ImportFileCleanup cleanup;

	@Autowired
	ImportLauncher launcher;

	@Autowired
	MediaStorage storage;

	@Autowired
	ProductService products;

	@Test
	void previewsTheMappingAndEachRowsProblems() throws Exception {
		String prefix = StockFixtures.unique("PV");
		String csv = "SKU,Name,Price,Colour\n" + prefix + "-1,Bolt,1.50,red\n" + prefix + "-2,Nut,cheap,blue\n"
				+ ",Washer,0.10,green\n";

		MockHttpServletResponse response = upload("products", "parts.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(response.getStatus()).isEqualTo(201);
		String body = response.getContentAsString();
		long id = id(body);
		assertThat(response.getHeader("Location")).endsWith("/api/v1/imports/" + id);
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("PREVIEW");
		assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(3);
		assertThat((List<String>) JsonPath.read(body, "$.columns[*].field")).containsExactly("sku", "name", "price",
				null);
		assertThat((List<Object>) JsonPath.read(body, "$.preview[0].problems")).isEmpty();
		assertThat((Integer) JsonPath.read(body, "$.preview[1].line")).isEqualTo(3);
		assertThat((String) JsonPath.read(body, "$.preview[1].problems[0].field")).isEqualTo("price");
		assertThat((String) JsonPath.read(body, "$.preview[2].problems[0].field")).isEqualTo("sku");
		assertThat(productCount(prefix)).isZero();

		String remapped = this.mvc
			.perform(put("/api/v1/imports/{id}/mapping", id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"fields\": [\"sku\", \"description\", null, null]}"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(remapped, "$.columns[*].field")).containsExactly("sku", "description",
				null, null);
		assertThat((List<Object>) JsonPath.read(remapped, "$.preview[1].problems")).isEmpty();
	}

	@Test
	void loadsEveryValidRowOfALargeFileInChunksAndListsTheOthersAsErrors() throws Exception {
		String prefix = StockFixtures.unique("BIG");
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 2500; i++) {
			String price = (i % 500 == 0) ? "-1" : "2.50";
			csv.append(prefix)
				.append('-')
				.append(i)
				.append(",Part ")
				.append(i)
				.append(",,EACH,1.00,")
				.append(price)
				.append(",5,10,true\n");
		}

		long id = id(
				upload("products", "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).getContentAsString());
		String done = runToEnd(id);

		assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(done, "$.total")).isEqualTo(2500);
		assertThat((Integer) JsonPath.read(done, "$.processed")).isEqualTo(2500);
		assertThat((Integer) JsonPath.read(done, "$.imported")).isEqualTo(2495);
		assertThat((Integer) JsonPath.read(done, "$.failed")).isEqualTo(5);
		assertThat(productCount(prefix)).isEqualTo(2495);

		MockHttpServletResponse errors = this.mvc.perform(get("/api/v1/imports/{id}/errors", id))
			.andReturn()
			.getResponse();
		assertThat(errors.getContentType()).startsWith("text/csv");
		assertThat(errors.getContentAsString().lines().toList()).hasSize(6).first().isEqualTo("line,field,message");
		assertThat(errors.getContentAsString()).contains("501,price,must be an amount such as 12.50");
	}

	@Test
	void theOwnerIsToldOnceThatAnImportFinishedOrFailed() throws Exception {
		String prefix = StockFixtures.unique("TOLD");
		String csv = HEADER + prefix + "-1,Bolt,,EACH,1.00,2.00,5,10,true\n" + prefix
				+ "-2,Nut,,EACH,1.00,-1,5,10,true\n";
		long finished = id(upload("products", "told.csv", csv.getBytes(StandardCharsets.UTF_8)).getContentAsString());
		runToEnd(finished);
		this.runner.run(finished);

		assertThat(noticesOf(finished)).singleElement().satisfies((notice) -> {
			assertThat(notice).containsEntry("kind", "IMPORT_FINISHED")
				.containsEntry("title", "Import of told.csv finished")
				.containsEntry("username", "admin");
			assertThat(notice.get("body")).isEqualTo("2 rows: 1 imported (0 of them unchanged), 1 failed.");
		});

		long failed = id(upload("products", "gone.csv", csv.getBytes(StandardCharsets.UTF_8)).getContentAsString());
		this.mvc.perform(post("/api/v1/imports/{id}/confirm", failed)).andExpect(status().isAccepted());
		this.storage.delete(this.store.find(failed).orElseThrow().fileKey());
		this.runner.run(failed);
		this.runner.run(failed);

		assertThat(noticesOf(failed)).singleElement().satisfies((notice) -> {
			assertThat(notice).containsEntry("kind", "IMPORT_FAILED")
				.containsEntry("title", "Import of gone.csv failed")
				.containsEntry("username", "admin");
			assertThat(notice.get("body")).isEqualTo("The uploaded file is gone");
		});
	}

	// The notifications that link to an import, whoever they went to: only its owner's.
	private List<Map<String, Object>> noticesOf(long importId) {
		return this.jdbc.sql("""
				SELECT n.kind, n.title, n.body, u.username FROM notifications n JOIN users u ON u.id = n.user_id
				 WHERE n.link = ? ORDER BY n.id""").param("/imports/" + importId).query().listOfRows();
	}

	@Test
	void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
		String prefix = StockFixtures.unique("TWICE");
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 30; i++) {
			csv.append(prefix)
				.append('-')
				.append(i)
				.append(",Part ")
				.append(i)
				.append(",Made of steel,BOX,1.25,")
				.append("2.50,5,10,true\n");
		}
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		runToEnd(id(upload("products", "first.csv", file).getContentAsString()));
		long productId = productId(prefix + "-1");
		this.products.get(productId);
		List<Map<String, Object>> before = snapshot(prefix);

		String second = runToEnd(id(upload("products", "again.csv", file).getContentAsString()));

		assertThat((Integer) JsonPath.read(second, "$.imported")).isEqualTo(30);
		assertThat((Integer) JsonPath.read(second, "$.unchanged")).isEqualTo(30);
		assertThat(snapshot(prefix)).isEqualTo(before);

		// A real change is written, audited, and not hidden by the cached detail.
		String changed = HEADER + prefix + "-1,Part 1 renamed,Made of steel,BOX,1.25,2.75,5,10,true\n";
		runToEnd(id(upload("products", "change.csv", changed.getBytes(StandardCharsets.UTF_8)).getContentAsString()));
		assertThat(this.products.get(productId).name()).isEqualTo("Part 1 renamed");
		assertThat(this.products.get(productId).version()).isEqualTo(1);
		assertThat(auditCount(productId)).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT changes::text FROM audit_entries WHERE entity_id = ? AND action = 'UPDATE'")
			.param(productId)
			.query(String.class)
			.single()).contains("\"price\"").contains("2.75").contains("Part 1 renamed");
	}

	@Test
	void anInterruptedImportResumesAfterItsLastChunkWithoutDuplicates() throws Exception {
		StockFixtures fixtures = new StockFixtures(this.mvc, this.jdbc, this.json);
		long warehouse = fixtures.warehouse();
		String code = this.jdbc.sql("SELECT code FROM warehouses WHERE id = ?")
			.param(warehouse)
			.query(String.class)
			.single();
		String prefix = StockFixtures.unique("RES");
		StringBuilder products = new StringBuilder(HEADER);
		StringBuilder counts = new StringBuilder("sku,warehouse,onHand\n");
		for (int i = 1; i <= 1100; i++) {
			products.append(prefix).append('-').append(i).append(",Part ").append(i).append(",,EACH,1,2,0,0,true\n");
			counts.append(prefix).append('-').append(i).append(',').append(code).append(',').append(i % 7).append('\n');
		}
		runToEnd(id(upload("products", "p.csv", products.toString().getBytes(StandardCharsets.UTF_8))
			.getContentAsString()));
		long id = id(upload("stock-counts", "counts.csv", counts.toString().getBytes(StandardCharsets.UTF_8))
			.getContentAsString());
		assertThat(this.store.start(id)).isTrue();

		// The instance dies after a chunk: one committed, the rest not begun.
		this.runner.run(id, 1);
		assertThat(this.store.find(id).orElseThrow().processed()).isEqualTo(1000);
		assertThat(movements(id)).isEqualTo(1000);
		// Restarted, two workers pick it up at once; neither loads a chunk twice.
		Thread other = new Thread(() -> this.runner.run(id));
		other.start();
		this.runner.run(id);
		other.join();

		ImportStore.Stored done = this.store.find(id).orElseThrow();
		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.processed()).isEqualTo(1100);
		assertThat(done.imported()).isEqualTo(1100);
		assertThat(movements(id)).isEqualTo(1100);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM stock_levels l JOIN products p ON p.id = l.product_id
				WHERE p.sku LIKE upper(?) AND l.warehouse_id = ? AND l.on_hand = (
				  SELECT m.resulting_quantity FROM stock_movements m WHERE m.product_id = l.product_id
				  AND m.warehouse_id = l.warehouse_id ORDER BY m.sequence_no DESC LIMIT 1)
				AND l.on_hand = (SELECT sum(m.quantity_change) FROM stock_movements m
				  WHERE m.product_id = l.product_id AND m.warehouse_id = l.warehouse_id)
				""").params(prefix + "-%", warehouse).query(Long.class).single()).isEqualTo(1100);
		assertThat(onHand(prefix + "-13", warehouse)).isEqualTo(13 % 7);
		assertThat(this.jdbc.sql("SELECT DISTINCT created_by FROM stock_movements WHERE reference = ?")
			.param("import " + id)
			.query(String.class)
			.list()).containsExactly("admin");
	}

	@Test
	void aRunningImportWhoseProgressStoodStillIsEnqueuedAgain() throws Exception {
		long id = id(upload("products", "stalled.csv",
				("sku,name\n" + StockFixtures.unique("ST") + ",Stalled\n").getBytes(StandardCharsets.UTF_8))
			.getContentAsString());
		assertThat(this.store.start(id)).isTrue();
		// Other tests' imports left running in the shared database would be stalled too.
		this.jdbc.sql("UPDATE imports SET updated_at = now() WHERE status = 'RUNNING' AND id <> ?").param(id).update();
		long jobs = importJobs();

		this.launcher.resumeStalled();
		assertThat(importJobs()).as("progress just moved").isEqualTo(jobs);
		this.jdbc.sql("UPDATE imports SET updated_at = now() - interval '6 minutes' WHERE id = ?").param(id).update();
		this.launcher.resumeStalled();

		assertThat(importJobs()).isEqualTo(jobs + 1);
		this.runner.run(id);
		assertThat(this.store.find(id).orElseThrow().status()).isEqualTo(ImportStatus.DONE);
	}

	@Test
	void aFileWithoutASkuColumnIsRefusedWithTheReasonAndNothingIsWritten() throws Exception {
		long imports = importCount();

		MockHttpServletResponse response = upload("products", "no-sku.csv",
				"name,price\nBolt,1.00\n".getBytes(StandardCharsets.UTF_8));

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("no sku column");
		assertThat(importCount()).isEqualTo(imports);
	}

	@Test
	void aLatin1FileIsRefusedWithTheReasonAndNothingIsWritten() throws Exception {
		long imports = importCount();
		String prefix = StockFixtures.unique("LAT");
		byte[] latin1 = (HEADER + prefix + "-1,Müller Schraube,,EACH,1,2,0,0,true\n")
			.getBytes(StandardCharsets.ISO_8859_1);

		MockHttpServletResponse response = upload("products", "latin1.csv", latin1);

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("not UTF-8").contains("line 2");
		assertThat(importCount()).isEqualTo(imports);
		assertThat(productCount(prefix)).isZero();
	}

	@Test
	void aFileWithNoHeaderRowIsRefused() throws Exception {
		MockHttpServletResponse response = upload("products", "data.csv",
				"A-1,Bolt,1.00\nA-2,Nut,2.00\n".getBytes(StandardCharsets.UTF_8));

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("not a header row");
	}

	@Test
	void aFileOverTheLimitIsA413AndNothingIsWritten() throws Exception {
		long imports = importCount();
		byte[] large = new byte[60 * 1024 * 1024];
		java.util.Arrays.fill(large, (byte) 'a');
		System.arraycopy("sku,name\n".getBytes(StandardCharsets.UTF_8), 0, large, 0, 9);

		MockHttpServletResponse response = upload("products", "large.csv", large);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(importCount()).isEqualTo(imports);
	}

	@Test
	void aFormulaInANameIsStoredAsText() throws Exception {
		String prefix = StockFixtures.unique("F");
		String formula = "=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")";
		String csv = "sku,name,description\n" + prefix + "-1,\"" + formula + "\",+1 more\n" + prefix
				+ "-2,'@SUM(A1),-x\n";

		runToEnd(id(upload("products", "formula.csv", csv.getBytes(StandardCharsets.UTF_8)).getContentAsString()));

		assertThat(this.products.get(productId(prefix + "-1")).name())
			.isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
		assertThat(this.products.get(productId(prefix + "-1")).description()).isEqualTo("+1 more");
		// The ' an export puts before such text is taken off again.
		assertThat(this.products.get(productId(prefix + "-2")).name()).isEqualTo("@SUM(A1)");
	}

	@Test
	void anotherUsersImportIsA404() throws Exception {
		long id = id(upload("products", "mine.csv",
				("sku,name\n" + StockFixtures.unique("O") + ",Mine\n").getBytes(StandardCharsets.UTF_8))
			.getContentAsString());

		for (var request : List.of(get("/api/v1/imports/{id}", id), get("/api/v1/imports/{id}/errors", id),
				post("/api/v1/imports/{id}/confirm", id),
				put("/api/v1/imports/{id}/mapping", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"fields\": [\"sku\", \"name\"]}"))) {
			assertThat(this.mvc.perform(request.with(SignIn.as("manager"))).andReturn().getResponse().getStatus())
				.isEqualTo(404);
		}
		String theirs = this.mvc.perform(get("/api/v1/imports").with(SignIn.as("manager")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<Integer>) JsonPath.read(theirs, "$.content[*].id")).doesNotContain((int) id);
		assertThat(this.store.find(id).orElseThrow().status()).isEqualTo(ImportStatus.PREVIEW);
	}

	@Test
	void aClerkMayImportStockCountsButNotProducts() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", "p.csv", "text/csv", "sku,name\nX,Y\n".getBytes()))
				.param("kind", "products")
				.with(SignIn.as("clerk")))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
	}

	@Test
	void anUploadedFileIsNeverServedAsMedia() throws Exception {
		long id = id(upload("products", "private.csv",
				("sku,name\n" + StockFixtures.unique("PRIV") + ",Private\n").getBytes(StandardCharsets.UTF_8))
			.getContentAsString());
		String key = this.store.find(id).orElseThrow().fileKey();
		var session = PageSignIn.as(this.mvc, "admin", PageSignIn.DEMO_PASSWORD);

		int status = this.mvc.perform(get("/media/" + key).session(session).with(SignIn.anonymous()))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(404);
		assertThat(this.storage.open(key)).isPresent();
	}

	@Test
	void uploadedFilesAreDeletedAfterTheirRetention() throws Exception {
		long id = id(upload("products", "old.csv",
				("sku,name\n" + StockFixtures.unique("OLD") + ",Old\n").getBytes(StandardCharsets.UTF_8))
			.getContentAsString());
		String key = this.store.find(id).orElseThrow().fileKey();
		this.jdbc.sql("UPDATE imports SET created_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(8))), id)
			.update();

		this.cleanup.deleteOldFilesNow();

		ImportStore.Stored stored = this.store.find(id).orElseThrow();
		assertThat(stored.fileKey()).isNull();
		assertThat(stored.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(this.storage.open(key)).isEmpty();
	}

	private MockHttpServletResponse upload(String kind, String name, byte[] content) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.multipart("/api/v1/imports")
				.file(new MockMultipartFile("file", name, "text/csv", content))
				.param("kind", kind))
			.andReturn()
			.getResponse();
	}

	/*
	 * Confirms the import, which enqueues its job; the test contexts run no job worker
	 * (they share a database), so the test then runs the job's method itself, as the
	 * worker would.
	 */
	private String runToEnd(long id) throws Exception {
		long jobs = importJobs();
		String confirmed = this.mvc.perform(post("/api/v1/imports/{id}/confirm", id))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(confirmed, "$.status")).isEqualTo("RUNNING");
		assertThat(importJobs()).isEqualTo(jobs + 1);
		this.runner.run(id);
		String done = this.mvc.perform(get("/api/v1/imports/{id}", id)).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("DONE");
		return done;
	}

	private long importJobs() {
		return this.jdbc.sql("SELECT count(*) FROM jobrunr_jobs WHERE jobSignature LIKE ?")
			.param("%ImportRunner.run%")
			.query(Long.class)
			.single();
	}

	private List<Map<String, Object>> snapshot(String prefix) {
		return this.jdbc
			.sql("""
					SELECT p.id, p.version, p.updated_at, p.name, p.price,
					  (SELECT count(*) FROM audit_entries a WHERE a.entity_type = 'Product' AND a.entity_id = p.id) AS audits
					FROM products p WHERE p.sku LIKE upper(?) ORDER BY p.id
					""")
			.param(prefix + "-%")
			.query()
			.listOfRows();
	}

	private long productCount(String prefix) {
		return this.jdbc.sql("SELECT count(*) FROM products WHERE sku LIKE upper(?)")
			.param(prefix + "-%")
			.query(Long.class)
			.single();
	}

	private long productId(String sku) {
		return this.jdbc.sql("SELECT id FROM products WHERE sku = upper(?)").param(sku).query(Long.class).single();
	}

	private long auditCount(long productId) {
		return this.jdbc.sql("SELECT count(*) FROM audit_entries WHERE entity_type = 'Product' AND entity_id = ?")
			.param(productId)
			.query(Long.class)
			.single();
	}

	private long importCount() {
		return this.jdbc.sql("SELECT count(*) FROM imports").query(Long.class).single();
	}

	private long movements(long importId) {
		return this.jdbc.sql("SELECT count(*) FROM stock_movements WHERE reference = ? AND type = 'COUNT'")
			.param("import " + importId)
			.query(Long.class)
			.single();
	}

	private int onHand(String sku, long warehouse) {
		return this.jdbc
			.sql("SELECT l.on_hand FROM stock_levels l JOIN products p ON p.id = l.product_id"
					+ " WHERE p.sku = upper(?) AND l.warehouse_id = ?")
			.params(sku, warehouse)
			.query(Integer.class)
			.single();
	}

	private static long id(String body) {
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
